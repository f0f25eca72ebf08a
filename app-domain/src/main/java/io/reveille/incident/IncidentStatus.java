package io.reveille.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands. The lifecycle is Investigating → Identified → Monitoring → Resolved,
 * with a step back allowed while the incident is open (a fix that did not hold sends it back to
 * investigating). Closed is reached only through the approved postmortem, never by an update.
 */
public enum IncidentStatus {
  INVESTIGATING("Investigating"),
  IDENTIFIED("Identified"),
  MONITORING("Monitoring"),
  RESOLVED("Resolved"),
  CLOSED("Closed");

  private final String label;

  IncidentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == INVESTIGATING || this == IDENTIFIED || this == MONITORING;
  }

  /** The statuses a status update may set from here (staying put is an ordinary update). */
  public Set<IncidentStatus> updatableTo() {
    return isOpen() ? EnumSet.of(INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED) : Set.of();
  }

  public boolean canBeUpdatedTo(IncidentStatus next) {
    return updatableTo().contains(next);
  }
}
