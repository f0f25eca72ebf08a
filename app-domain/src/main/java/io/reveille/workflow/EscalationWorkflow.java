package io.reveille.workflow;

import io.reveille.incident.IncidentNumber;
import io.reveille.severity.Severity;

/**
 * What the escalation procedure is told. Like {@link IncidentWorkflow}, the engine behind it is an
 * adapter's business. Each call is a no-op when the escalation is not waiting for that event.
 */
public interface EscalationWorkflow {

  /** Someone acknowledged: paging stops, and their silence is watched. */
  void acknowledged(IncidentNumber number, String username);

  /** The acknowledging responder did something on the incident: their silence timer restarts. */
  void responderActive(IncidentNumber number);

  /** The severity went up: urgency is decided again (a SEV3 waiting for morning may page now). */
  void severityRaised(IncidentNumber number, Severity severity);
}
