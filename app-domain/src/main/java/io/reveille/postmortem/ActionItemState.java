package io.reveille.postmortem;

/** Where a follow-up stands. */
public enum ActionItemState {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  DONE("Done");

  private final String label;

  ActionItemState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
