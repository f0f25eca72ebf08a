package io.reveille.timeline;

/** What happened. Reports and the postmortem's timeline group and label entries by kind. */
public enum TimelineEntryKind {
  DECLARED,
  SEVERITY_CLASSIFIED,
  SEVERITY_CHANGED,
  STATUS_UPDATE,
  ROLE_ASSIGNED,
  STEP_OVERDUE,
  ESCALATION,
  PAGED,
  DELIVERY_ATTEMPT,
  ACKNOWLEDGED,
  UPDATE_DUE,
  UPDATE_OVERDUE,
  POSTMORTEM_SUBMITTED,
  POSTMORTEM_CHANGES_REQUESTED,
  POSTMORTEM_APPROVED,
  CLOSED,
  /** A customer-facing postmortem went onto the status page. */
  POSTMORTEM_PUBLISHED,
  /** The postmortem review passed its due date; the incident managers were told. */
  POSTMORTEM_REVIEW_OVERDUE,
  /** A line the postmortem's writer added to its timeline; never on the incident's own. */
  NOTE
}
