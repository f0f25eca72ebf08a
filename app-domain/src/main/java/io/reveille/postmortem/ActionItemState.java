package io.reveille.postmortem;

/** Where a follow-up stands. */
public enum ActionItemState {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  DONE("Done"),
  /** Decided against, with the reason in the postmortem; no more reminders. */
  WONT_DO("Won't do");

  private final String label;

  ActionItemState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Open items are reminded about and counted on leadership's overview. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
