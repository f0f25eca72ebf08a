/**
 * Escalation: who is paged for an incident, on which channels, and how long Reveille waits before
 * the next level, until a human acknowledges. {@link io.reveille.escalation.EscalationPolicy
 * Policies} are data; the {@code escalation} BPMN model runs them; {@link
 * io.reveille.escalation.EscalationService} is what the model and the acknowledgement paths call.
 */
package io.reveille.escalation;
