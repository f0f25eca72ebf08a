package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;

/**
 * How long one participant's turn lasts. Day-based turns hand off at the same local time each time,
 * so a daily turn across a daylight-saving change lasts 23 or 25 hours; hour-based turns are exact
 * durations, so their local hand-off time moves by an hour across such a change.
 */
public record TurnLength(Unit unit, int amount) {

  /** What {@link #amount} counts. */
  public enum Unit {
    DAYS,
    HOURS
  }

  public TurnLength {
    if (unit == null) {
      throw new InvalidInputException(
          "turnLength", "Choose whether turns are counted in days or in hours.");
    }
    if (amount < 1) {
      throw new InvalidInputException(
          "turnLength",
          "A turn must last at least 1 "
              + (unit == Unit.DAYS ? "day" : "hour")
              + "; "
              + amount
              + " was given.");
    }
  }

  public static TurnLength daily() {
    return days(1);
  }

  public static TurnLength weekly() {
    return days(7);
  }

  public static TurnLength days(int days) {
    return new TurnLength(Unit.DAYS, days);
  }

  public static TurnLength hours(int hours) {
    return new TurnLength(Unit.HOURS, hours);
  }
}
