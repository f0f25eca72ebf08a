package io.reveille.postmortem;

import io.reveille.shared.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an action item's owner hears about it. The item is due at the end of its due date (in the
 * organisation's zone); the owner is reminded {@code reveille.action-items.remind-before} earlier
 * (default P1D: on the morning of the due date), then, while it stays open, told it is overdue and
 * told again every {@code reveille.action-items.overdue-every} (default P7D).
 *
 * @param remindAt the "due" reminder, or null when the item is already overdue
 * @param overdueAt the end of the due date
 * @param overdueEvery how often an overdue item is brought up again
 */
public record ActionItemSchedule(Instant remindAt, Instant overdueAt, Duration overdueEvery) {

  public static ActionItemSchedule of(LocalDate dueDate, Instant now, ZoneId zone) {
    Duration before =
        Settings.get("reveille.action-items.remind-before")
            .map(Duration::parse)
            .orElse(Duration.ofDays(1));
    Duration every =
        Settings.get("reveille.action-items.overdue-every")
            .map(Duration::parse)
            .orElse(Duration.ofDays(7));
    Instant overdueAt = dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    Instant remindAt = overdueAt.minus(before);
    if (!overdueAt.isAfter(now)) {
      remindAt = null;
    } else if (remindAt.isBefore(now)) {
      // Created inside the reminder window: remind at once rather than not at all.
      remindAt = now;
    }
    return new ActionItemSchedule(remindAt, overdueAt, every);
  }
}
