package io.reveille.postmortem;

/** Draft → in review → (changes requested → in review)* → approved. */
public enum PostmortemState {
  DRAFT("Draft"),
  IN_REVIEW("In review"),
  CHANGES_REQUESTED("Changes requested"),
  APPROVED("Approved");

  private final String label;

  PostmortemState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The commander may edit while the document is theirs, not while leadership reads it. */
  public boolean isEditable() {
    return this == DRAFT || this == CHANGES_REQUESTED;
  }
}
