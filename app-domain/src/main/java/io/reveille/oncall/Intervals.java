package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;

/** The one place that bounds how much of a schedule is computed at a time. */
final class Intervals {
  static final Duration MAX = Duration.ofDays(366);

  private Intervals() {}

  static void check(Instant from, Instant to) {
    if (from == null) {
      throw new InvalidInputException("from", "Choose when the interval starts.");
    }
    if (to == null) {
      throw new InvalidInputException("to", "Choose when the interval ends.");
    }
    if (!to.isAfter(from)) {
      throw new InvalidInputException(
          "to", "The interval must end after it starts; it runs from " + from + " to " + to + ".");
    }
    Duration length = Duration.between(from, to);
    if (length.compareTo(MAX) > 0) {
      throw new InvalidInputException(
          "to",
          "Ask for at most 366 days at a time; this interval spans " + length.toDays() + " days.");
    }
  }
}
