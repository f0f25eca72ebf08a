package io.reveille.oncall;

import static io.reveille.oncall.OnCallTimes.BERLIN;
import static io.reveille.oncall.OnCallTimes.NEW_YORK;
import static io.reveille.oncall.OnCallTimes.at;
import static io.reveille.oncall.OnCallTimes.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationTest {
  private static final LocalTime NINE = LocalTime.of(9, 0);

  /** alice from Monday 2026-01-05 09:00, then bob, then carol, a week each. */
  private final Rotation weekly =
      new Rotation(
          List.of("alice", "bob", "carol"),
          TurnLength.weekly(),
          NINE,
          BERLIN,
          LocalDate.of(2026, 1, 5));

  @Test
  void aWeeklyRotationHandsOffOnMondayAtNine() {
    assertThat(weekly.participantAt(berlin("2026-01-05T09:00"))).contains("alice");
    assertThat(weekly.participantAt(berlin("2026-01-08T23:30"))).contains("alice");
    assertThat(weekly.participantAt(berlin("2026-01-12T08:59:59"))).contains("alice");
    assertThat(weekly.participantAt(berlin("2026-01-12T09:00"))).contains("bob");
    assertThat(weekly.participantAt(berlin("2026-01-19T08:59"))).contains("bob");
    assertThat(weekly.participantAt(berlin("2026-01-19T09:00"))).contains("carol");
  }

  @Test
  void afterTheLastParticipantItWrapsAroundToTheFirst() {
    assertThat(weekly.participantAt(berlin("2026-01-26T08:59"))).contains("carol");
    assertThat(weekly.participantAt(berlin("2026-01-26T09:00"))).contains("alice");
    assertThat(weekly.participantAt(berlin("2026-02-02T09:00"))).contains("bob");
    // 2026-06-01 is 21 weeks after the start: a whole number of cycles, so alice again.
    assertThat(weekly.participantAt(berlin("2026-06-01T10:00"))).contains("alice");
  }

  @Test
  void theTurnAtAHandOffIsTheNewPersonsWholeTurn() {
    Turn turn = weekly.turnAt(berlin("2026-01-12T09:00")).orElseThrow();

    assertThat(turn)
        .isEqualTo(new Turn("bob", berlin("2026-01-12T09:00"), berlin("2026-01-19T09:00")));
  }

  @Test
  void beforeTheStartDateNobodyIsOnCall() {
    assertThat(weekly.participantAt(berlin("2026-01-05T08:59:59"))).isEmpty();
    assertThat(weekly.turnAt(berlin("2025-12-31T12:00"))).isEmpty();
    assertThat(weekly.turns(berlin("2025-12-01T00:00"), berlin("2026-01-05T09:00"))).isEmpty();
  }

  @Test
  void turnsListsEveryTurnOverlappingTheInterval() {
    List<Turn> turns = weekly.turns(berlin("2026-01-01T00:00"), berlin("2026-01-19T09:00"));

    assertThat(turns)
        .containsExactly(
            new Turn("alice", berlin("2026-01-05T09:00"), berlin("2026-01-12T09:00")),
            new Turn("bob", berlin("2026-01-12T09:00"), berlin("2026-01-19T09:00")));
  }

  @Test
  void aDailyTurnAcrossTheBerlinSpringForwardLasts23HoursAndStillHandsOffAtNine() {
    Rotation daily = daily(BERLIN, LocalDate.of(2026, 3, 27));

    // 02:30 on 2026-03-29 does not exist in Berlin; 01:30 does, still in Saturday's turn.
    Turn acrossTheChange = daily.turnAt(berlin("2026-03-29T01:30")).orElseThrow();

    assertThat(acrossTheChange.username()).isEqualTo("bob");
    assertThat(acrossTheChange.start()).isEqualTo(berlin("2026-03-28T09:00"));
    assertThat(acrossTheChange.end()).isEqualTo(berlin("2026-03-29T09:00"));
    assertThat(acrossTheChange.duration()).isEqualTo(Duration.ofHours(23));
    assertThat(daily.participantAt(berlin("2026-03-29T09:00"))).contains("alice");
    assertEveryHandOffAtNine(daily, BERLIN, "2026-03-25T00:00", "2026-04-03T00:00");
  }

  @Test
  void aDailyTurnAcrossTheBerlinFallBackLasts25Hours() {
    Rotation daily = daily(BERLIN, LocalDate.of(2026, 10, 23));

    Turn acrossTheChange = daily.turnAt(berlin("2026-10-25T04:00")).orElseThrow();

    assertThat(acrossTheChange.start()).isEqualTo(berlin("2026-10-24T09:00"));
    assertThat(acrossTheChange.end()).isEqualTo(berlin("2026-10-25T09:00"));
    assertThat(acrossTheChange.duration()).isEqualTo(Duration.ofHours(25));
    assertThat(daily.turnAt(berlin("2026-10-23T12:00")).orElseThrow().duration())
        .isEqualTo(Duration.ofHours(24));
    assertEveryHandOffAtNine(daily, BERLIN, "2026-10-23T00:00", "2026-11-01T00:00");
  }

  @Test
  void aDailyTurnAcrossTheNewYorkChangesLasts23And25Hours() {
    Rotation spring = daily(NEW_YORK, LocalDate.of(2026, 3, 5));
    Rotation fall = daily(NEW_YORK, LocalDate.of(2026, 10, 29));

    Turn springTurn = spring.turnAt(at("2026-03-08T03:30", NEW_YORK)).orElseThrow();
    Turn fallTurn = fall.turnAt(at("2026-11-01T01:30", NEW_YORK)).orElseThrow();

    assertThat(springTurn.start()).isEqualTo(at("2026-03-07T09:00", NEW_YORK));
    assertThat(springTurn.duration()).isEqualTo(Duration.ofHours(23));
    assertThat(fallTurn.start()).isEqualTo(at("2026-10-31T09:00", NEW_YORK));
    assertThat(fallTurn.duration()).isEqualTo(Duration.ofHours(25));
    assertEveryHandOffAtNine(spring, NEW_YORK, "2026-03-05T00:00", "2026-03-12T00:00");
    assertEveryHandOffAtNine(fall, NEW_YORK, "2026-10-29T00:00", "2026-11-05T00:00");
  }

  @Test
  void anHourBasedRotationKeepsExactTurnsSoTheLocalHandOffMovesAcrossTheChange() {
    Rotation twelveHours =
        new Rotation(
            List.of("alice", "bob"), TurnLength.hours(12), NINE, BERLIN, LocalDate.of(2026, 3, 28));

    List<Turn> turns = twelveHours.turns(berlin("2026-03-28T09:00"), berlin("2026-03-30T09:00"));

    assertThat(turns)
        .allSatisfy(turn -> assertThat(turn.duration()).isEqualTo(Duration.ofHours(12)));
    assertThat(turns)
        .extracting(turn -> OnCallTimes.inBerlin(turn.start()).toLocalTime())
        .containsExactly(
            LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(10, 0), LocalTime.of(22, 0));
    assertThat(turns).extracting(Turn::username).containsExactly("alice", "bob", "alice", "bob");
    // 09:30 summer time on the 29th is still bob's night turn, which ends at 10:00.
    assertThat(twelveHours.participantAt(berlin("2026-03-29T09:30"))).contains("bob");
    assertThat(twelveHours.participantAt(berlin("2026-03-29T10:00"))).contains("alice");
  }

  @Test
  void aCustomNumberOfDaysHandsOffEveryThatManyDays() {
    Rotation threeDays =
        new Rotation(
            List.of("alice", "bob"), TurnLength.days(3), NINE, BERLIN, LocalDate.of(2026, 3, 27));

    assertThat(threeDays.participantAt(berlin("2026-03-30T08:59"))).contains("alice");
    assertThat(threeDays.participantAt(berlin("2026-03-30T09:00"))).contains("bob");
    assertThat(threeDays.turnAt(berlin("2026-03-28T12:00")).orElseThrow().duration())
        .isEqualTo(Duration.ofHours(71));
  }

  private static Rotation daily(ZoneId zone, LocalDate start) {
    return new Rotation(List.of("alice", "bob"), TurnLength.daily(), NINE, zone, start);
  }

  private static void assertEveryHandOffAtNine(
      Rotation rotation, ZoneId zone, String from, String to) {
    List<Turn> turns = rotation.turns(at(from, zone), at(to, zone));

    assertThat(turns).hasSizeGreaterThan(5);
    assertThat(turns)
        .allSatisfy(
            turn -> {
              assertThat(turn.start().atZone(zone).toLocalTime()).isEqualTo(NINE);
              assertThat(turn.end().atZone(zone).toLocalTime()).isEqualTo(NINE);
            });
  }
}
