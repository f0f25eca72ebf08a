package io.reveille.incident;

/** The roles people hold during an incident, each held by at most one person at a time. */
public enum IncidentRole {
  COMMANDER("Incident commander"),
  COMMUNICATIONS_LEAD("Communications lead"),
  TECH_LEAD("Tech lead");

  private final String label;

  IncidentRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
