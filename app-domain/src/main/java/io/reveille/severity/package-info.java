/**
 * Severity: how bad an incident is and what follows from it. The classification itself is a DMN
 * decision table in {@code process-models}, evaluated through the workflow port, so the rules can
 * be read and changed by the people who own the procedure.
 */
package io.reveille.severity;
