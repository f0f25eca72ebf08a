package io.reveille.composer;

import io.reveille.incident.IncidentStatus;

/** The situations a template is written for; each suggests the status of the update it starts. */
public enum TemplateKind {
  INVESTIGATING("Investigating", IncidentStatus.INVESTIGATING),
  IDENTIFIED("Identified", IncidentStatus.IDENTIFIED),
  MONITORING("Monitoring", IncidentStatus.MONITORING),
  RESOLVED("Resolved", IncidentStatus.RESOLVED),
  FULL_OUTAGE("Full outage", IncidentStatus.INVESTIGATING),
  PARTIAL_OUTAGE("Partial outage", IncidentStatus.INVESTIGATING),
  SCHEDULED_MAINTENANCE("Scheduled maintenance", null);

  private final String label;
  private final IncidentStatus suggestedStatus;

  TemplateKind(String label, IncidentStatus suggestedStatus) {
    this.label = label;
    this.suggestedStatus = suggestedStatus;
  }

  public String label() {
    return label;
  }

  /** The status an incident update started from this template reports; null for maintenance. */
  public IncidentStatus suggestedStatus() {
    return suggestedStatus;
  }
}
