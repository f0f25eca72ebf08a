/**
 * Scheduled maintenance: planned work customers are told about in advance. A window moves through
 * its states on the timers of its own process model ({@code maintenance.bpmn}); every move writes a
 * customer-facing notice and puts the affected components under maintenance or gives them back.
 */
package io.reveille.maintenance;
