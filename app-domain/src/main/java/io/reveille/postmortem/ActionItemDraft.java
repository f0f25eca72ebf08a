package io.reveille.postmortem;

import java.time.LocalDate;

/**
 * An action item as typed into the postmortem editor. {@code id} names an item already saved (its
 * reminders carry on, or are re-planned when the due date moves); null adds a new one.
 */
public record ActionItemDraft(
    Long id,
    String description,
    String owner,
    LocalDate dueDate,
    ActionItemState state,
    ActionItemType type,
    ActionItemPriority priority,
    String trackerUrl) {

  /** The form of the first release: a new item of no particular type, medium priority. */
  public ActionItemDraft(
      String description, String owner, LocalDate dueDate, ActionItemState state) {
    this(null, description, owner, dueDate, state, null, null, null);
  }
}
