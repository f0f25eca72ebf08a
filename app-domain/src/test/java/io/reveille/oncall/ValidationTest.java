package io.reveille.oncall;

import static io.reveille.oncall.OnCallTimes.BERLIN;
import static io.reveille.oncall.OnCallTimes.berlin;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reveille.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValidationTest {
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final Rotation ROTATION =
      new Rotation(List.of("alice"), TurnLength.weekly(), NINE, BERLIN, LocalDate.of(2026, 1, 5));
  private static final Schedule SCHEDULE =
      new Schedule("platform", BERLIN, List.of(new Layer("primary", ROTATION)));

  private static void assertRejects(ThrowingCallable call, String field, String messagePart) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(messagePart)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo(field);
  }

  private static Rotation rotationOf(List<String> participants) {
    return new Rotation(participants, TurnLength.weekly(), NINE, BERLIN, LocalDate.of(2026, 1, 5));
  }

  @Test
  void aRotationNeedsParticipants() {
    assertRejects(() -> rotationOf(List.of()), "participants", "at least one participant");
    assertRejects(() -> rotationOf(null), "participants", "at least one participant");
  }

  @Test
  void aParticipantNeedsAUsername() {
    assertRejects(() -> rotationOf(List.of("alice", "  ")), "participants", "Participant 2");
    assertRejects(() -> rotationOf(Arrays.asList("alice", null)), "participants", "Participant 2");
  }

  @Test
  void aCustomTurnLastsAtLeastOneDayOrHour() {
    assertRejects(() -> TurnLength.days(0), "turnLength", "at least 1 day");
    assertRejects(() -> TurnLength.hours(0), "turnLength", "at least 1 hour");
    assertRejects(() -> TurnLength.hours(-3), "turnLength", "-3 was given");
  }

  @Test
  void aRotationReportsEveryMissingInput() {
    assertThatThrownBy(() -> new Rotation(List.of(), null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactly(
                        "participants", "turnLength", "handoffTime", "zone", "startDate"));
  }

  @Test
  void anOverrideMustEndAfterItStarts() {
    assertRejects(
        () -> new ShiftOverride("frank", berlin("2026-01-07T12:00"), berlin("2026-01-07T12:00")),
        "to",
        "must end after it starts");
    assertRejects(
        () -> new ShiftOverride("frank", berlin("2026-01-07T12:00"), berlin("2026-01-07T11:00")),
        "to",
        "must end after it starts");
    assertRejects(
        () -> new ShiftOverride(" ", berlin("2026-01-07T12:00"), berlin("2026-01-08T12:00")),
        "username",
        "who covers");
  }

  @Test
  void intervalsAreAtMost366DaysAndMustEndAfterTheyStart() {
    assertRejects(
        () -> SCHEDULE.finalShifts(berlin("2026-01-01T00:00"), berlin("2027-01-03T00:00")),
        "to",
        "at most 366 days");
    assertRejects(
        () -> ROTATION.turns(berlin("2026-01-01T00:00"), berlin("2027-01-03T00:00")),
        "to",
        "at most 366 days");
    assertRejects(
        () -> SCHEDULE.shiftsOf("alice", berlin("2026-01-02T00:00"), berlin("2026-01-01T00:00")),
        "to",
        "must end after it starts");
    assertRejects(
        () -> SCHEDULE.finalShifts(berlin("2026-01-01T00:00"), berlin("2026-01-01T00:00")),
        "to",
        "must end after it starts");
  }

  @Test
  void windowsNeedDifferentStartsAndEnds() {
    assertRejects(() -> Restriction.daily(NINE, NINE), "end", "different start and end");
    assertRejects(
        () -> Restriction.weekly(DayOfWeek.MONDAY, NINE, DayOfWeek.MONDAY, NINE),
        "end",
        "different start and end");
  }

  @Test
  void layersNeedDistinctNamesThatAreNotOverride() {
    Layer primary = new Layer("primary", ROTATION);

    assertRejects(
        () -> new Schedule("platform", BERLIN, List.of(primary, primary)),
        "layers",
        "Two layers are called \"primary\"");
    assertRejects(
        () -> new Schedule("platform", BERLIN, List.of(new Layer("Override", ROTATION))),
        "layers",
        "reserved for overrides");
    assertRejects(
        () -> new Schedule("platform", BERLIN, List.of()), "layers", "at least one layer");
    assertRejects(() -> new Layer(" ", ROTATION), "name", "Give the layer a name");
  }
}
