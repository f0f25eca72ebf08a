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
  CLOSED
}
