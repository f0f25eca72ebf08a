package io.reveille.component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A component's uptime per day in the organisation's zone, computed from its status history the way
 * Statuspage counts it: time in a major outage is downtime, a partial outage counts 30 %, degraded
 * performance and maintenance count as up. Days before the component existed have no figure.
 */
public final class DailyUptime {
  /**
   * One day of the bar: its uptime in percent (null before the component existed) and its worst
   * status.
   */
  public record Day(
      LocalDate date,
      Double uptimePercent,
      ComponentStatus worst,
      Map<ComponentStatus, Duration> timeIn) {

    public Duration outage() {
      return timeIn
          .getOrDefault(ComponentStatus.MAJOR_OUTAGE, Duration.ZERO)
          .plus(timeIn.getOrDefault(ComponentStatus.PARTIAL_OUTAGE, Duration.ZERO));
    }
  }

  private final List<Day> days;
  private final Double uptimePercent;

  private DailyUptime(List<Day> days, Double uptimePercent) {
    this.days = days;
    this.uptimePercent = uptimePercent;
  }

  public List<Day> days() {
    return days;
  }

  /** Over the whole period, or null if the component did not exist in it. */
  public Double uptimePercent() {
    return uptimePercent;
  }

  /**
   * @param changes the component's changes, oldest first, including the last one before the period
   *     if any
   * @param createdAt when the component began to exist (operational, unless a change says
   *     otherwise)
   */
  public static DailyUptime over(
      int dayCount,
      Instant now,
      ZoneId zone,
      Instant createdAt,
      List<ComponentStatusChange> changes) {
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate first = today.minusDays(dayCount - 1L);
    List<Day> days = new ArrayList<>(dayCount);
    double weightedDown = 0;
    long observedSeconds = 0;
    for (LocalDate date = first; !date.isAfter(today); date = date.plusDays(1)) {
      Instant dayStart = date.atStartOfDay(zone).toInstant();
      Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
      Instant from = max(dayStart, createdAt);
      Instant to = min(dayEnd, now);
      if (!from.isBefore(to)) {
        days.add(new Day(date, null, ComponentStatus.OPERATIONAL, Map.of()));
        continue;
      }
      Map<ComponentStatus, Duration> timeIn = new EnumMap<>(ComponentStatus.class);
      ComponentStatus status = statusAt(from, changes);
      ComponentStatus worst = status;
      Instant cursor = from;
      for (ComponentStatusChange change : changes) {
        if (!change.changedAt().isAfter(from)) {
          continue;
        }
        if (!change.changedAt().isBefore(to)) {
          break;
        }
        timeIn.merge(status, Duration.between(cursor, change.changedAt()), Duration::plus);
        cursor = change.changedAt();
        status = change.status();
        worst = status.isWorseThan(worst) ? status : worst;
      }
      timeIn.merge(status, Duration.between(cursor, to), Duration::plus);
      double down = 0;
      for (Map.Entry<ComponentStatus, Duration> e : timeIn.entrySet()) {
        down += e.getKey().downtimeWeight() * e.getValue().toSeconds();
      }
      long seconds = Duration.between(from, to).toSeconds();
      weightedDown += down;
      observedSeconds += seconds;
      double percent = seconds == 0 ? 100.0 : 100.0 * (seconds - down) / seconds;
      days.add(new Day(date, percent, worst, Map.copyOf(timeIn)));
    }
    Double overall =
        observedSeconds == 0 ? null : 100.0 * (observedSeconds - weightedDown) / observedSeconds;
    return new DailyUptime(List.copyOf(days), overall);
  }

  private static ComponentStatus statusAt(Instant at, List<ComponentStatusChange> changes) {
    ComponentStatus status = null;
    for (ComponentStatusChange change : changes) {
      if (change.changedAt().isAfter(at)) {
        break;
      }
      status = change.status();
    }
    if (status != null) {
      return status;
    }
    // Before its first change a component was in the status that change left.
    return changes.isEmpty() ? ComponentStatus.OPERATIONAL : changes.get(0).previous();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
