package io.reveille.postmortem;

import java.time.LocalDate;

/** An action item as typed into the postmortem editor. */
public record ActionItemDraft(
    String description, String owner, LocalDate dueDate, ActionItemState state) {}
