package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A named rotation, optionally limited to recurring windows in the rotation's time zone. Without
 * restrictions the layer has someone whenever its rotation does.
 */
public record Layer(String name, Rotation rotation, List<Restriction> restrictions) {

  /** Windows last at most a week (plus a daylight-saving hour), so look this far back. */
  private static final int LONGEST_WINDOW_DAYS = 8;

  public Layer {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "Give the layer a name, such as \"Primary\".");
    }
    if (rotation == null) {
      throw new InvalidInputException("rotation", "Choose the rotation for layer " + name + ".");
    }
    restrictions = restrictions == null ? List.of() : restrictions;
    if (restrictions.stream().anyMatch(r -> r == null)) {
      throw new InvalidInputException(
          "restrictions", "Layer " + name + " has an empty restriction; remove it.");
    }
    restrictions = List.copyOf(restrictions);
  }

  /** A layer that is always on. */
  public Layer(String name, Rotation rotation) {
    this(name, rotation, List.of());
  }

  /** Whether {@code instant} falls within one of the layer's windows (always, without any). */
  public boolean isActiveAt(Instant instant) {
    if (restrictions.isEmpty()) {
      return true;
    }
    for (Span window : windowsAround(instant, instant)) {
      if (window.contains(instant)) {
        return true;
      }
    }
    return false;
  }

  /** Who this layer puts on call at {@code instant}, if anyone. */
  public Optional<String> participantAt(Instant instant) {
    return isActiveAt(instant) ? rotation.participantAt(instant) : Optional.empty();
  }

  /** Adds every instant strictly inside ({@code from}, {@code to}) where this layer may change. */
  void addChangesBetween(Instant from, Instant to, Collection<Instant> changes) {
    for (Turn turn : rotation.turnsOverlapping(from, to)) {
      addIfInside(turn.start(), from, to, changes);
    }
    for (Span window : windowsAround(from, to)) {
      addIfInside(window.start(), from, to, changes);
      addIfInside(window.end(), from, to, changes);
    }
  }

  private static void addIfInside(
      Instant instant, Instant from, Instant to, Collection<Instant> changes) {
    if (instant.isAfter(from) && instant.isBefore(to)) {
      changes.add(instant);
    }
  }

  /** Every restriction window that could overlap [{@code from}, {@code to}]. */
  private List<Span> windowsAround(Instant from, Instant to) {
    ZoneId zone = rotation.zone();
    LocalDate first = LocalDate.ofInstant(from, zone).minusDays(LONGEST_WINDOW_DAYS);
    LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
    List<Span> windows = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (Restriction restriction : restrictions) {
        windowStartingOn(restriction, date, zone).ifPresent(windows::add);
      }
    }
    return windows;
  }

  private static Optional<Span> windowStartingOn(
      Restriction restriction, LocalDate date, ZoneId zone) {
    ZonedDateTime start;
    ZonedDateTime end;
    if (restriction instanceof Restriction.Daily daily) {
      LocalDate endDate = daily.end().isAfter(daily.start()) ? date : date.plusDays(1);
      start = ZonedDateTime.of(date, daily.start(), zone);
      end = ZonedDateTime.of(endDate, daily.end(), zone);
    } else {
      Restriction.Weekly weekly = (Restriction.Weekly) restriction;
      if (date.getDayOfWeek() != weekly.startDay()) {
        return Optional.empty();
      }
      start = ZonedDateTime.of(date, weekly.startTime(), zone);
      end = ZonedDateTime.of(date.plusDays(weekly.daysUntilEnd()), weekly.endTime(), zone);
    }
    // A window entirely inside a spring-forward gap does not happen that day.
    if (!end.toInstant().isAfter(start.toInstant())) {
      return Optional.empty();
    }
    return Optional.of(new Span(start.toInstant(), end.toInstant()));
  }
}
