package io.reveille.report;

import java.time.LocalDate;

/** A postmortem's follow-up past its due date and not done. */
public record OverdueActionItem(
    String incident, String description, String owner, LocalDate dueDate, long daysOverdue) {}
