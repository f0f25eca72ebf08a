package io.reveille.maintenance;

/**
 * Where a maintenance window stands, with Statuspage's names: scheduled → in progress at its start
 * (components under maintenance) → verifying at its end → completed; or cancelled before it began.
 */
public enum MaintenanceState {
  SCHEDULED("scheduled", "Scheduled"),
  IN_PROGRESS("in_progress", "In progress"),
  VERIFYING("verifying", "Verifying"),
  COMPLETED("completed", "Completed"),
  CANCELLED("cancelled", "Cancelled");

  private final String code;
  private final String label;

  MaintenanceState(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Statuspage's name for the state. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean isOver() {
    return this == COMPLETED || this == CANCELLED;
  }
}
