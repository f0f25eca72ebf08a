package io.reveille.postmortem;

import io.reveille.severity.Severity;
import io.reveille.shared.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * When leadership's review is due, by severity, and when reviewers are reminded before that. The
 * defaults count business days (SEV1: 1, SEV2: 2, SEV3: 5); {@code
 * reveille.postmortem.review-within.sev1} (an ISO-8601 duration) replaces a default, {@code
 * reveille.postmortem.review-reminder-before} (default PT4H) moves the reminder.
 */
public final class ReviewDeadlines {
  private ReviewDeadlines() {}

  public static Instant dueAfter(Severity severity, Instant submittedAt, ZoneId zone) {
    Optional<Duration> configured =
        Settings.get(
                "reveille.postmortem.review-within." + severity.name().toLowerCase(Locale.ROOT))
            .map(Duration::parse);
    if (configured.isPresent()) {
      return submittedAt.plus(configured.get());
    }
    int days =
        switch (severity) {
          case SEV1 -> 1;
          case SEV2 -> 2;
          case SEV3 -> 5;
        };
    return Severity.BusinessDays.add(submittedAt.atZone(zone), days).toInstant();
  }

  /** When reviewers are reminded; null when that moment has already passed at submission. */
  public static Instant remindAt(Instant submittedAt, Instant due) {
    Duration before =
        Settings.get("reveille.postmortem.review-reminder-before")
            .map(Duration::parse)
            .orElse(Duration.ofHours(4));
    Instant at = due.minus(before);
    return at.isAfter(submittedAt) ? at : null;
  }
}
