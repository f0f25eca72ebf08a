package io.reveille.postmortem;

/** What kind of follow-up an action item is, after the PagerDuty postmortem guide. */
public enum ActionItemType {
  /** Lessens the impact when it happens again (an alert, a runbook, a faster rollback). */
  MITIGATE("Mitigate"),
  /** Stops it from happening again. */
  PREVENT("Prevent"),
  /** Changes how people work (a review, a checklist, training). */
  PROCESS("Process"),
  OTHER("Other");

  private final String label;

  ActionItemType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
