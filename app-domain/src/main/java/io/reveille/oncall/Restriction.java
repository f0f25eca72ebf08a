package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A recurring window, in the layer's time zone, during which a layer puts someone on call. A layer
 * with restrictions has nobody outside all of its windows. A window whose end is not after its
 * start crosses midnight (daily) or the end of the week (weekly).
 */
public sealed interface Restriction permits Restriction.Daily, Restriction.Weekly {

  /** Every day from {@code start} to {@code end}, such as 09:00–17:00 or 22:00–06:00. */
  static Daily daily(LocalTime start, LocalTime end) {
    return new Daily(start, end);
  }

  /** Once a week, such as Monday 09:00 to Friday 17:00. */
  static Weekly weekly(
      DayOfWeek startDay, LocalTime startTime, DayOfWeek endDay, LocalTime endTime) {
    return new Weekly(startDay, startTime, endDay, endTime);
  }

  /**
   * One window on each of {@code days}, from {@code start} to {@code end} (crossing into the next
   * day if {@code end} is not after {@code start}).
   */
  static List<Restriction> eachDay(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    if (days == null || days.isEmpty()) {
      throw new InvalidInputException("days", "Choose at least one day of the week.");
    }
    if (start == null || end == null) {
      throw new InvalidInputException("start", "Choose a start and an end time for the window.");
    }
    List<Restriction> windows = new ArrayList<>();
    for (DayOfWeek day : EnumSet.copyOf(days)) {
      windows.add(new Weekly(day, start, end.isAfter(start) ? day : day.plus(1), end));
    }
    return List.copyOf(windows);
  }

  /** Monday to Friday, from {@code start} to {@code end} each day. */
  static List<Restriction> weekdays(LocalTime start, LocalTime end) {
    return eachDay(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
  }

  /**
   * Every day from {@code start} to {@code end}; crosses midnight if {@code end} ≤ {@code start}.
   */
  record Daily(LocalTime start, LocalTime end) implements Restriction {
    public Daily {
      if (start == null) {
        throw new InvalidInputException("start", "Choose when the daily window starts.");
      }
      if (end == null) {
        throw new InvalidInputException("end", "Choose when the daily window ends.");
      }
      if (start.equals(end)) {
        throw new InvalidInputException(
            "end",
            "A daily window needs different start and end times; for all day, leave the layer"
                + " unrestricted.");
      }
    }
  }

  /** Once a week from {@code startDay startTime} to the next {@code endDay endTime}. */
  record Weekly(DayOfWeek startDay, LocalTime startTime, DayOfWeek endDay, LocalTime endTime)
      implements Restriction {
    public Weekly {
      if (startDay == null || startTime == null) {
        throw new InvalidInputException(
            "start", "Choose the day and time the weekly window starts.");
      }
      if (endDay == null || endTime == null) {
        throw new InvalidInputException("end", "Choose the day and time the weekly window ends.");
      }
      if (startDay == endDay && startTime.equals(endTime)) {
        throw new InvalidInputException(
            "end",
            "A weekly window needs a different start and end; for all week, leave the layer"
                + " unrestricted.");
      }
    }

    /** How many days after the start day the window ends: 0 to 7. */
    int daysUntilEnd() {
      int days = Math.floorMod(endDay.getValue() - startDay.getValue(), 7);
      if (days == 0 && !endTime.isAfter(startTime)) {
        return 7;
      }
      return days;
    }
  }
}
