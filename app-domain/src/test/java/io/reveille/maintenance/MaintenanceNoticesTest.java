package io.reveille.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.component.TestComponents;
import io.reveille.incident.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What customers read about a maintenance window, in the organisation's zone. */
class MaintenanceNoticesTest {
  private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

  private final MaintenanceNotices berlin = new MaintenanceNotices(ZoneId.of("Europe/Berlin"));

  @Test
  void aWindowWithinOneDayNamesTheDayOnceAndOnlyThePublicComponents() {
    MaintenanceWindow window = window("2026-11-26T01:00:00Z", "2026-11-26T03:00:00Z");

    assertThat(berlin.scheduled(window))
        .isEqualTo(
            "Scheduled on Thu 26 Nov 2026 from 02:00 to 04:00 CET. Affected: Payments API,"
                + " Search.");
  }

  @Test
  void aWindowPastMidnightNamesBothDays() {
    MaintenanceWindow window = window("2026-11-26T22:30:00Z", "2026-11-27T00:30:00Z");

    assertThat(berlin.rescheduled(window))
        .isEqualTo(
            "Rescheduled: this maintenance now takes place from Thu 26 Nov 2026 23:30 CET to"
                + " Fri 27 Nov 2026 01:30 CET. Affected: Payments API, Search.");
  }

  @Test
  void theReminderCountsTheMinutesLeftAndAWindowUnderWayOnlyMovesItsEnd() {
    MaintenanceWindow window = window("2026-11-24T04:00:00Z", "2026-11-24T05:00:00Z");

    assertThat(berlin.reminder(window, NOW))
        .startsWith(
            "Reminder: this maintenance begins in 60 minutes, at Tue 24 Nov 2026 05:00 CET.");

    window.moveTo(MaintenanceState.IN_PROGRESS, Instant.parse("2026-11-24T04:00:00Z"));
    window.reschedule(window.startsAt(), Instant.parse("2026-11-24T05:30:00Z"));
    assertThat(berlin.rescheduled(window))
        .isEqualTo("Update: this maintenance is now expected to end at Tue 24 Nov 2026 06:30 CET.");
    assertThat(berlin.cancelled(window))
        .isEqualTo("This maintenance was stopped before its planned end and has been cancelled.");
  }

  @Test
  void aReminderWhoseTimeHasPassedIsNotSent() {
    MaintenanceWindow soon = window("2026-11-24T03:30:00Z", "2026-11-24T04:00:00Z");

    assertThat(soon.reminderTime(NOW)).as("60 minutes before 03:30 is already past").isEmpty();
    assertThat(soon.reminderTime(Instant.parse("2026-11-24T02:00:00Z")))
        .contains(Instant.parse("2026-11-24T02:30:00Z"));
  }

  private static MaintenanceWindow window(String start, String end) {
    return new MaintenanceWindow(
        "Payments database upgrade",
        "Payments may be slow.",
        Instant.parse(start),
        Instant.parse(end),
        Duration.ofMinutes(60),
        List.of(
            TestComponents.named("Payments API", Visibility.PUBLIC),
            TestComponents.named("Search", Visibility.PUBLIC),
            TestComponents.named("Ledger replica", Visibility.INTERNAL)),
        "alice",
        NOW);
  }
}
