package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Participants taking turns in order, forever. The first participant's turn starts on {@code
 * startDate} at {@code handoffTime} in {@code zone}; before that nobody is on call in this
 * rotation. Day-based turns hand off at {@code handoffTime} local time every time; hour-based turns
 * last exactly their number of hours.
 *
 * <p>A hand-off time that does not exist on a given day (it falls in a spring-forward gap) happens
 * at the first local time after the gap; an ambiguous one (in the fall-back hour) happens at the
 * first of the two.
 */
public record Rotation(
    List<String> participants,
    TurnLength turnLength,
    LocalTime handoffTime,
    ZoneId zone,
    LocalDate startDate) {

  public Rotation {
    List<FieldError> errors = new ArrayList<>();
    if (participants == null || participants.isEmpty()) {
      errors.add(new FieldError("participants", "Add at least one participant to the rotation."));
    } else {
      for (int i = 0; i < participants.size(); i++) {
        String participant = participants.get(i);
        if (participant == null || participant.isBlank()) {
          errors.add(
              new FieldError(
                  "participants",
                  "Participant "
                      + (i + 1)
                      + " has no username; fill it in or remove the empty entry."));
        }
      }
    }
    if (turnLength == null) {
      errors.add(
          new FieldError(
              "turnLength",
              "Choose how long a turn lasts: daily, weekly, or a number of days or hours."));
    }
    if (handoffTime == null) {
      errors.add(
          new FieldError(
              "handoffTime", "Choose the local time at which turns hand off, such as 09:00."));
    }
    if (zone == null) {
      errors.add(new FieldError("zone", "Choose the time zone the hand-off time is in."));
    }
    if (startDate == null) {
      errors.add(new FieldError("startDate", "Choose the date of the first hand-off."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    participants = List.copyOf(participants);
  }

  /** The turn under way at {@code instant}, or empty before the rotation starts. */
  public Optional<Turn> turnAt(Instant instant) {
    if (instant.isBefore(firstHandoff())) {
      return Optional.empty();
    }
    return Optional.of(turn(indexAt(instant)));
  }

  /** Who is on call in this rotation at {@code instant}, or empty before the rotation starts. */
  public Optional<String> participantAt(Instant instant) {
    return turnAt(instant).map(Turn::username);
  }

  /**
   * Every turn that overlaps [{@code from}, {@code to}), in order, each with its full start and end
   * (the first may start before {@code from}, the last may end after {@code to}).
   *
   * @throws InvalidInputException if {@code to} is not after {@code from} or the interval is longer
   *     than 366 days
   */
  public List<Turn> turns(Instant from, Instant to) {
    Intervals.check(from, to);
    return turnsOverlapping(from, to);
  }

  /** As {@link #turns}, without bounding the interval. */
  List<Turn> turnsOverlapping(Instant from, Instant to) {
    Instant first = firstHandoff();
    if (!to.isAfter(first)) {
      return List.of();
    }
    List<Turn> turns = new ArrayList<>();
    long index = from.isBefore(first) ? 0 : indexAt(from);
    Turn turn = turn(index);
    while (turn.start().isBefore(to)) {
      turns.add(turn);
      index++;
      turn = turn(index);
    }
    return turns;
  }

  private Instant firstHandoff() {
    return ZonedDateTime.of(startDate, handoffTime, zone).toInstant();
  }

  /** The start of turn {@code index}, counting the first turn as 0. */
  private Instant handoff(long index) {
    long amount = turnLength.amount();
    if (turnLength.unit() == TurnLength.Unit.DAYS) {
      return ZonedDateTime.of(startDate.plusDays(index * amount), handoffTime, zone).toInstant();
    }
    return firstHandoff().plus(Duration.ofHours(index * amount));
  }

  private Turn turn(long index) {
    int who = (int) Math.floorMod(index, (long) participants.size());
    return new Turn(participants.get(who), handoff(index), handoff(index + 1));
  }

  /** The index of the turn under way at {@code instant}, which is not before the first hand-off. */
  private long indexAt(Instant instant) {
    long amount = turnLength.amount();
    long index;
    if (turnLength.unit() == TurnLength.Unit.DAYS) {
      long days = ChronoUnit.DAYS.between(startDate, LocalDate.ofInstant(instant, zone));
      index = Math.floorDiv(days, amount);
    } else {
      long seconds = Duration.between(firstHandoff(), instant).getSeconds();
      index = Math.floorDiv(seconds, amount * 3600);
    }
    // The estimate is off by at most one around the hand-off time; settle it exactly.
    while (index > 0 && handoff(index).isAfter(instant)) {
      index--;
    }
    while (!handoff(index + 1).isAfter(instant)) {
      index++;
    }
    return index;
  }
}
