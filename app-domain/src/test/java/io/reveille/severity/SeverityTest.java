package io.reveille.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeverityTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  private static ZonedDateTime inBerlin(Instant instant) {
    return instant.atZone(BERLIN);
  }

  @Nested
  class PostmortemDeadlines {

    @Test
    void sev1IsDueThreeCalendarDaysAfterResolution() {
      Instant resolved = Instant.parse("2026-03-06T16:45:00Z"); // a Friday

      assertThat(Severity.SEV1.postmortemDueAfter(resolved, ZoneOffset.UTC))
          .isEqualTo(Instant.parse("2026-03-09T16:45:00Z"));
    }

    @Test
    void sev3IsDueTenCalendarDaysAfterResolution() {
      Instant resolved = Instant.parse("2026-03-06T16:45:00Z");

      assertThat(Severity.SEV3.postmortemDueAfter(resolved, ZoneOffset.UTC))
          .isEqualTo(Instant.parse("2026-03-16T16:45:00Z"));
    }

    @Test
    void calendarDayDeadlinesCountWeekendDays() {
      Instant saturday = berlin("2026-03-07T11:00");

      assertThat(inBerlin(Severity.SEV1.postmortemDueAfter(saturday, BERLIN)).toLocalDateTime())
          .isEqualTo(LocalDateTime.parse("2026-03-10T11:00"));
    }

    @Test
    void calendarDayDeadlinesKeepTheLocalTimeAcrossAClockChange() {
      Instant thursday = berlin("2026-10-22T10:00"); // summer time ends on Sunday 25 October

      assertThat(inBerlin(Severity.SEV3.postmortemDueAfter(thursday, BERLIN)).toLocalDateTime())
          .isEqualTo(LocalDateTime.parse("2026-11-01T10:00"));
    }

    @Test
    void sev2ResolvedOnAThursdayIsDueTheNextThursday() {
      Instant thursday = berlin("2026-03-05T14:00");

      ZonedDateTime due = inBerlin(Severity.SEV2.postmortemDueAfter(thursday, BERLIN));

      assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
      assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-12T14:00"));
    }

    @Test
    void sev2ResolvedOnAFridayEveningIsDueTheNextFriday() {
      Instant fridayEvening = berlin("2026-03-06T21:30");

      ZonedDateTime due = inBerlin(Severity.SEV2.postmortemDueAfter(fridayEvening, BERLIN));

      assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-13T21:30"));
    }

    @Test
    void sev2ResolvedOnASaturdayIsDueTheFridayAfterFiveBusinessDays() {
      Instant saturday = berlin("2026-03-07T11:00");

      ZonedDateTime due = inBerlin(Severity.SEV2.postmortemDueAfter(saturday, BERLIN));

      assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-13T11:00"));
    }

    @Test
    void sev2ResolvedOnASundayIsDueTheSameFriday() {
      Instant sunday = berlin("2026-03-08T23:00");

      ZonedDateTime due = inBerlin(Severity.SEV2.postmortemDueAfter(sunday, BERLIN));

      assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-13T23:00"));
    }

    @Test
    void sev2KeepsTheLocalTimeOfDayAcrossTheEndOfSummerTime() {
      // Summer time in Berlin ends on Sunday 2026-10-25: 10:00 is 08:00Z before, 09:00Z after.
      Instant thursday = berlin("2026-10-22T10:00");
      assertThat(thursday).isEqualTo(Instant.parse("2026-10-22T08:00:00Z"));

      Instant due = Severity.SEV2.postmortemDueAfter(thursday, BERLIN);

      assertThat(due).isEqualTo(Instant.parse("2026-10-29T09:00:00Z"));
      assertThat(inBerlin(due).toLocalDateTime())
          .isEqualTo(LocalDateTime.parse("2026-10-29T10:00"));
    }

    @Test
    void sev2KeepsTheLocalTimeOfDayAcrossTheStartOfSummerTime() {
      // Summer time in Berlin starts on Sunday 2026-03-29.
      Instant thursday = berlin("2026-03-26T10:00");

      Instant due = Severity.SEV2.postmortemDueAfter(thursday, BERLIN);

      assertThat(due).isEqualTo(Instant.parse("2026-04-02T08:00:00Z"));
    }

    @Test
    void sev2CountsBusinessDaysInTheOrganisationsZone() {
      // Friday 23:30 UTC is already Saturday 00:30 in Berlin.
      Instant resolved = Instant.parse("2026-03-06T23:30:00Z");

      assertThat(Severity.SEV2.postmortemDueAfter(resolved, ZoneOffset.UTC))
          .as("a Friday in UTC: due the next Friday")
          .isEqualTo(Instant.parse("2026-03-13T23:30:00Z"));
      assertThat(Severity.SEV2.postmortemDueAfter(resolved, BERLIN))
          .as("a Saturday in Berlin: due the Friday after")
          .isEqualTo(Instant.parse("2026-03-12T23:30:00Z"));
    }
  }

  @Nested
  class BusinessDayArithmetic {

    @Test
    void addingBusinessDaysSkipsTheWeekend() {
      ZonedDateTime friday = ZonedDateTime.of(2026, 3, 6, 9, 0, 0, 0, BERLIN);

      assertThat(Severity.BusinessDays.add(friday, 1))
          .isEqualTo(ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, BERLIN));
      assertThat(Severity.BusinessDays.add(friday, 2))
          .isEqualTo(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN));
    }

    @Test
    void oneBusinessDayAfterAWeekendDayIsMonday() {
      ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, BERLIN);

      assertThat(Severity.BusinessDays.add(saturday, 1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
  }

  @Test
  void sev1AndSev2PageOutOfHoursButSev3WaitsForWorkingHours() {
    assertThat(Severity.SEV1.pagesOutOfHours()).isTrue();
    assertThat(Severity.SEV2.pagesOutOfHours()).isTrue();
    assertThat(Severity.SEV3.pagesOutOfHours()).isFalse();
  }

  @Test
  void aLowerNumberIsMoreSevere() {
    assertThat(Severity.SEV1.isMoreSevereThan(Severity.SEV2)).isTrue();
    assertThat(Severity.SEV1.isMoreSevereThan(Severity.SEV3)).isTrue();
    assertThat(Severity.SEV2.isMoreSevereThan(Severity.SEV3)).isTrue();

    assertThat(Severity.SEV3.isMoreSevereThan(Severity.SEV1)).isFalse();
    assertThat(Severity.SEV2.isMoreSevereThan(Severity.SEV1)).isFalse();
    assertThat(Severity.SEV3.isMoreSevereThan(Severity.SEV2)).isFalse();
  }

  @Test
  void noSeverityIsMoreSevereThanItself() {
    for (Severity severity : Severity.values()) {
      assertThat(severity.isMoreSevereThan(severity)).as("%s", severity).isFalse();
    }
  }
}
