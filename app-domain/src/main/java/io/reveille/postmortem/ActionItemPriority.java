package io.reveille.postmortem;

/** How urgent a follow-up is; leadership's overview sorts by it. */
public enum ActionItemPriority {
  HIGH("High"),
  MEDIUM("Medium"),
  LOW("Low");

  private final String label;

  ActionItemPriority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
