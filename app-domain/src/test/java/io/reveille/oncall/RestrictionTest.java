package io.reveille.oncall;

import static io.reveille.oncall.OnCallTimes.BERLIN;
import static io.reveille.oncall.OnCallTimes.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestrictionTest {
  private static final Rotation ALICE_ALWAYS =
      new Rotation(
          List.of("alice"),
          TurnLength.daily(),
          LocalTime.of(9, 0),
          BERLIN,
          LocalDate.of(2026, 1, 1));

  private static Layer restrictedTo(List<Restriction> restrictions) {
    return new Layer("restricted", ALICE_ALWAYS, restrictions);
  }

  @Test
  void businessHoursOnWeekdaysLeaveNightsAndWeekendsEmpty() {
    Layer businessHours =
        restrictedTo(Restriction.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)));

    // 2026-01-10 is a Saturday, 2026-01-12 a Monday.
    assertThat(businessHours.participantAt(berlin("2026-01-10T12:00"))).isEmpty();
    assertThat(businessHours.participantAt(berlin("2026-01-12T08:59"))).isEmpty();
    assertThat(businessHours.participantAt(berlin("2026-01-12T09:00"))).contains("alice");
    assertThat(businessHours.participantAt(berlin("2026-01-14T16:59:59"))).contains("alice");
    assertThat(businessHours.participantAt(berlin("2026-01-14T17:00"))).isEmpty();
    assertThat(businessHours.participantAt(berlin("2026-01-16T12:00"))).contains("alice");
  }

  @Test
  void oneWeeklyWindowFromMondayMorningToFridayEveningCoversTheNightsBetween() {
    Layer workWeek =
        restrictedTo(
            List.of(
                Restriction.weekly(
                    DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.FRIDAY, LocalTime.of(17, 0))));

    assertThat(workWeek.participantAt(berlin("2026-01-12T08:59"))).isEmpty();
    assertThat(workWeek.participantAt(berlin("2026-01-14T03:00"))).contains("alice");
    assertThat(workWeek.participantAt(berlin("2026-01-16T16:59"))).contains("alice");
    assertThat(workWeek.participantAt(berlin("2026-01-16T17:00"))).isEmpty();
    assertThat(workWeek.participantAt(berlin("2026-01-18T12:00"))).isEmpty();
  }

  @Test
  void aDailyWindowCanCrossMidnight() {
    Layer nights =
        restrictedTo(List.of(Restriction.daily(LocalTime.of(22, 0), LocalTime.of(6, 0))));

    assertThat(nights.participantAt(berlin("2026-01-13T21:59"))).isEmpty();
    assertThat(nights.participantAt(berlin("2026-01-13T22:00"))).contains("alice");
    assertThat(nights.participantAt(berlin("2026-01-13T23:00"))).contains("alice");
    assertThat(nights.participantAt(berlin("2026-01-14T05:59"))).contains("alice");
    assertThat(nights.participantAt(berlin("2026-01-14T06:00"))).isEmpty();
    assertThat(nights.participantAt(berlin("2026-01-14T12:00"))).isEmpty();
  }

  @Test
  void aWeeklyWindowCanCrossTheEndOfTheWeek() {
    Layer weekends =
        restrictedTo(
            List.of(
                Restriction.weekly(
                    DayOfWeek.FRIDAY, LocalTime.of(17, 0), DayOfWeek.MONDAY, LocalTime.of(9, 0))));

    assertThat(weekends.participantAt(berlin("2026-01-16T16:59"))).isEmpty();
    assertThat(weekends.participantAt(berlin("2026-01-17T12:00"))).contains("alice");
    assertThat(weekends.participantAt(berlin("2026-01-19T08:59"))).contains("alice");
    assertThat(weekends.participantAt(berlin("2026-01-19T09:00"))).isEmpty();
  }

  @Test
  void aNightWindowOverTheFallBackNightLastsNineHours() {
    Schedule nights =
        new Schedule(
            "nights",
            BERLIN,
            List.of(
                restrictedTo(List.of(Restriction.daily(LocalTime.of(22, 0), LocalTime.of(6, 0))))));

    List<Shift> shifts = nights.finalShifts(berlin("2026-10-24T12:00"), berlin("2026-10-25T12:00"));

    assertThat(shifts).hasSize(1);
    assertThat(shifts.get(0).start()).isEqualTo(berlin("2026-10-24T22:00"));
    assertThat(shifts.get(0).end()).isEqualTo(berlin("2026-10-25T06:00"));
    assertThat(shifts.get(0).duration()).hasHours(9);
  }

  @Test
  void aLayerWithoutRestrictionsIsAlwaysActive() {
    Layer always = new Layer("always", ALICE_ALWAYS);

    assertThat(always.isActiveAt(berlin("2026-01-10T03:00"))).isTrue();
    assertThat(always.participantAt(berlin("2026-01-10T03:00"))).contains("alice");
  }
}
