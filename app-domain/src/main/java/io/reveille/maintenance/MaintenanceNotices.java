package io.reveille.maintenance;

import io.reveille.component.Component;
import io.reveille.incident.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What customers read at each step of a maintenance window, on the status page and in what
 * subscribers receive. Times are in the organisation's zone with the zone named; only public
 * components are named, since internal ones are the team's business.
 */
final class MaintenanceNotices {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.UK);

  private final ZoneId zone;

  MaintenanceNotices(ZoneId zone) {
    this.zone = zone;
  }

  String scheduled(MaintenanceWindow window) {
    return "Scheduled " + span(window) + "." + affected(window);
  }

  String reminder(MaintenanceWindow window, Instant now) {
    long minutes = Math.max(1, Duration.between(now, window.startsAt()).toMinutes());
    return "Reminder: this maintenance begins in "
        + minutes
        + (minutes == 1 ? " minute" : " minutes")
        + ", at "
        + moment(window.startsAt())
        + "."
        + affected(window);
  }

  String rescheduled(MaintenanceWindow window) {
    if (window.startedAt() != null) {
      return "Update: this maintenance is now expected to end at " + moment(window.endsAt()) + ".";
    }
    return "Rescheduled: this maintenance now takes place " + span(window) + "." + affected(window);
  }

  String started(MaintenanceWindow window) {
    return "Scheduled maintenance is in progress. We will provide updates as necessary."
        + affected(window);
  }

  String verifying() {
    return "The work is done. We are verifying that everything works as it should.";
  }

  String completed() {
    return "The scheduled maintenance has been completed.";
  }

  String cancelled(MaintenanceWindow window) {
    return window.startedAt() != null
        ? "This maintenance was stopped before its planned end and has been cancelled."
        : "This scheduled maintenance has been cancelled.";
  }

  /** "on Tue 24 Nov 2026 from 05:00 to 06:00 UTC", or both days when it runs past midnight. */
  String span(MaintenanceWindow window) {
    ZonedDateTime start = window.startsAt().atZone(zone);
    ZonedDateTime end = window.endsAt().atZone(zone);
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return "on "
          + DAY.format(start)
          + " from "
          + TIME.format(start)
          + " to "
          + TIME.format(end)
          + " "
          + ZONE.format(end);
    }
    return "from " + moment(window.startsAt()) + " to " + moment(window.endsAt());
  }

  private String moment(Instant instant) {
    ZonedDateTime at = instant.atZone(zone);
    return DAY.format(at) + " " + TIME.format(at) + " " + ZONE.format(at);
  }

  private static String affected(MaintenanceWindow window) {
    List<String> names =
        window.components().stream()
            .filter(c -> c.visibility() == Visibility.PUBLIC)
            .map(Component::name)
            .toList();
    return names.isEmpty() ? "" : " Affected: " + String.join(", ", names) + ".";
  }
}
