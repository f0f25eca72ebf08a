package io.reveille.postmortem;

/**
 * Draft → in review → (changes requested → in review)* → approved → published. Published means the
 * customer-facing postmortem is on the status page; an internal-only postmortem stays approved.
 */
public enum PostmortemState {
  DRAFT("Draft"),
  IN_REVIEW("In review"),
  CHANGES_REQUESTED("Changes requested"),
  APPROVED("Approved"),
  PUBLISHED("Published");

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

  /** Leadership has accepted the internal document (and with it, the incident is closed). */
  public boolean isApproved() {
    return this == APPROVED || this == PUBLISHED;
  }
}
