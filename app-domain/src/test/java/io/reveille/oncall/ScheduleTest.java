package io.reveille.oncall;

import static io.reveille.oncall.OnCallTimes.BERLIN;
import static io.reveille.oncall.OnCallTimes.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  /** alice from Monday 2026-01-05 09:00, then bob, then carol, a week each. */
  private static final Layer PRIMARY =
      new Layer(
          "primary",
          new Rotation(
              List.of("alice", "bob", "carol"),
              TurnLength.weekly(),
              NINE,
              BERLIN,
              LocalDate.of(2026, 1, 5)));

  /** dave and erin, a day each from Monday 2026-01-05, only Monday to Friday 09:00–17:00. */
  private static final Layer BUSINESS_HOURS =
      new Layer(
          "business hours",
          new Rotation(
              List.of("dave", "erin"), TurnLength.daily(), NINE, BERLIN, LocalDate.of(2026, 1, 5)),
          Restriction.weekdays(NINE, FIVE_PM));

  private static Shift shift(String who, String from, String to, String source) {
    return new Shift(who, berlin(from), berlin(to), source);
  }

  @Test
  void theTopLayerWinsDuringBusinessHoursAndTheBaseLayerAtNight() {
    Schedule schedule = new Schedule("platform", BERLIN, List.of(PRIMARY, BUSINESS_HOURS));

    // Tuesday 2026-01-06: erin's day on the business-hours layer, alice's week on the base.
    assertThat(schedule.onCallAt(berlin("2026-01-06T10:00")))
        .contains(shift("erin", "2026-01-06T09:00", "2026-01-06T17:00", "business hours"));
    assertThat(schedule.onCallAt(berlin("2026-01-06T20:00")))
        .contains(shift("alice", "2026-01-06T17:00", "2026-01-07T09:00", "primary"));
    assertThat(schedule.onCallAt(berlin("2026-01-10T12:00")).orElseThrow().username())
        .isEqualTo("alice");
  }

  @Test
  void theLayerOrderDecidesWhoWins() {
    Schedule upsideDown = new Schedule("platform", BERLIN, List.of(BUSINESS_HOURS, PRIMARY));

    assertThat(upsideDown.onCallAt(berlin("2026-01-06T10:00")).orElseThrow().username())
        .isEqualTo("alice");
  }

  @Test
  void nobodyIsOnCallBeforeAnyRotationStarts() {
    Schedule schedule = new Schedule("platform", BERLIN, List.of(PRIMARY));

    assertThat(schedule.onCallAt(berlin("2026-01-05T08:00"))).isEmpty();
    assertThat(schedule.finalShifts(berlin("2026-01-05T00:00"), berlin("2026-01-05T12:00")))
        .containsExactly(shift("alice", "2026-01-05T09:00", "2026-01-05T12:00", "primary"));
  }

  @Test
  void anOverrideReplacesTheLayersPersonForItsIntervalOnly() {
    Schedule schedule =
        new Schedule("platform", BERLIN, List.of(PRIMARY))
            .withOverride(
                new ShiftOverride("frank", berlin("2026-01-07T12:00"), berlin("2026-01-08T12:00")));

    assertThat(schedule.onCallAt(berlin("2026-01-07T11:59")).orElseThrow().username())
        .isEqualTo("alice");
    assertThat(schedule.onCallAt(berlin("2026-01-07T12:00")))
        .contains(shift("frank", "2026-01-07T12:00", "2026-01-08T12:00", "override"));
    assertThat(schedule.onCallAt(berlin("2026-01-08T12:00")))
        .contains(shift("alice", "2026-01-08T12:00", "2026-01-12T09:00", "primary"));
  }

  @Test
  void finalShiftsShowTheOverrideBetweenTheLayersPerson() {
    Schedule schedule =
        new Schedule("platform", BERLIN, List.of(PRIMARY))
            .withOverride(
                new ShiftOverride("frank", berlin("2026-01-07T12:00"), berlin("2026-01-08T12:00")));

    assertThat(schedule.finalShifts(berlin("2026-01-05T09:00"), berlin("2026-01-19T09:00")))
        .containsExactly(
            shift("alice", "2026-01-05T09:00", "2026-01-07T12:00", "primary"),
            shift("frank", "2026-01-07T12:00", "2026-01-08T12:00", "override"),
            shift("alice", "2026-01-08T12:00", "2026-01-12T09:00", "primary"),
            shift("bob", "2026-01-12T09:00", "2026-01-19T09:00", "primary"));
  }

  @Test
  void whereOverridesOverlapTheOneCreatedLastWins() {
    ShiftOverride frank =
        new ShiftOverride("frank", berlin("2026-01-07T12:00"), berlin("2026-01-08T12:00"));
    ShiftOverride grace =
        new ShiftOverride("grace", berlin("2026-01-08T00:00"), berlin("2026-01-09T00:00"));
    Schedule frankFirst = new Schedule("platform", BERLIN, List.of(PRIMARY), List.of(frank, grace));
    Schedule graceFirst = new Schedule("platform", BERLIN, List.of(PRIMARY), List.of(grace, frank));

    assertThat(frankFirst.onCallAt(berlin("2026-01-08T06:00")).orElseThrow().username())
        .isEqualTo("grace");
    assertThat(graceFirst.onCallAt(berlin("2026-01-08T06:00")).orElseThrow().username())
        .isEqualTo("frank");
    assertThat(frankFirst.finalShifts(berlin("2026-01-07T00:00"), berlin("2026-01-10T00:00")))
        .containsExactly(
            shift("alice", "2026-01-07T00:00", "2026-01-07T12:00", "primary"),
            shift("frank", "2026-01-07T12:00", "2026-01-08T00:00", "override"),
            shift("grace", "2026-01-08T00:00", "2026-01-09T00:00", "override"),
            shift("alice", "2026-01-09T00:00", "2026-01-10T00:00", "primary"));
  }

  @Test
  void finalShiftsMergeTheSamePersonsDailyTurnsAndLeaveWeekendsOut() {
    Layer workWeek =
        new Layer(
            "work week",
            new Rotation(
                List.of("alice"), TurnLength.daily(), NINE, BERLIN, LocalDate.of(2026, 1, 1)),
            List.of(Restriction.weekly(DayOfWeek.MONDAY, NINE, DayOfWeek.FRIDAY, FIVE_PM)));
    Schedule schedule = new Schedule("support", BERLIN, List.of(workWeek));

    assertThat(schedule.finalShifts(berlin("2026-01-05T00:00"), berlin("2026-01-19T00:00")))
        .containsExactly(
            shift("alice", "2026-01-05T09:00", "2026-01-09T17:00", "work week"),
            shift("alice", "2026-01-12T09:00", "2026-01-16T17:00", "work week"));
  }

  @Test
  void finalShiftsOfTwoLayersCoverEveryMomentAndAreCutToTheInterval() {
    Schedule schedule = new Schedule("platform", BERLIN, List.of(PRIMARY, BUSINESS_HOURS));
    Instant from = berlin("2026-01-05T12:00");
    Instant to = berlin("2026-01-19T12:00");

    List<Shift> shifts = schedule.finalShifts(from, to);

    assertThat(shifts.get(0))
        .isEqualTo(shift("dave", "2026-01-05T12:00", "2026-01-05T17:00", "business hours"));
    assertThat(shifts.get(shifts.size() - 1))
        .isEqualTo(shift("dave", "2026-01-19T09:00", "2026-01-19T12:00", "business hours"));
    for (int i = 1; i < shifts.size(); i++) {
      assertThat(shifts.get(i).start()).isEqualTo(shifts.get(i - 1).end());
    }
    // Eleven weekdays touch the interval (the first and last cut), each a business-hours shift.
    assertThat(shifts).filteredOn(s -> s.source().equals("business hours")).hasSize(11);
    assertThat(shifts)
        .contains(shift("alice", "2026-01-09T17:00", "2026-01-12T09:00", "primary"))
        .contains(shift("bob", "2026-01-12T17:00", "2026-01-13T09:00", "primary"));
  }

  @Test
  void shiftsOfReturnsOnlyThatPersonsShifts() {
    Schedule schedule = new Schedule("platform", BERLIN, List.of(PRIMARY, BUSINESS_HOURS));

    List<Shift> daves =
        schedule.shiftsOf("dave", berlin("2026-01-05T00:00"), berlin("2026-01-12T00:00"));

    // dave has Monday, Wednesday and Friday in the first week.
    assertThat(daves)
        .containsExactly(
            shift("dave", "2026-01-05T09:00", "2026-01-05T17:00", "business hours"),
            shift("dave", "2026-01-07T09:00", "2026-01-07T17:00", "business hours"),
            shift("dave", "2026-01-09T09:00", "2026-01-09T17:00", "business hours"));
    assertThat(schedule.shiftsOf("bob", berlin("2026-01-05T00:00"), berlin("2026-01-12T00:00")))
        .isEmpty();
  }

  @Test
  void aFullYearOfAnHourlyRotationIsComputedWithinTheCap() {
    Layer hourly =
        new Layer(
            "hourly",
            new Rotation(
                List.of("alice", "bob"),
                TurnLength.hours(1),
                NINE,
                BERLIN,
                LocalDate.of(2026, 1, 1)));
    Schedule schedule = new Schedule("busy", BERLIN, List.of(hourly));

    List<Shift> shifts =
        schedule.finalShifts(berlin("2026-01-01T09:00"), berlin("2027-01-01T09:00"));

    assertThat(shifts).hasSize(365 * 24);
  }
}
