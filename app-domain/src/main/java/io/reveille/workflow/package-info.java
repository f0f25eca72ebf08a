/**
 * The workflow port: what the application asks of the incident procedure. Only the adapter in
 * {@code io.reveille.infrastructure.camunda} knows a process engine is behind it.
 */
package io.reveille.workflow;
