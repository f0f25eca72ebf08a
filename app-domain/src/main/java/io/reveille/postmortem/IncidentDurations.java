package io.reveille.postmortem;

import io.reveille.incident.IncidentStatus;
import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long the incident spent where: computed, never typed, so the impact section's numbers agree
 * with the record. All spans run from the declaration to the resolution (or to {@code now} for an
 * incident still open).
 *
 * @param toAcknowledge from declaration to the first acknowledgement; empty if nobody acknowledged
 * @param toResolve from declaration to resolution; empty while unresolved
 * @param inSeverity time at each severity, in severity order; severities never held are absent
 * @param inStatus time in each status before resolution, in lifecycle order
 */
public record IncidentDurations(
    Optional<Duration> toAcknowledge,
    Optional<Duration> toResolve,
    Map<Severity, Duration> inSeverity,
    Map<IncidentStatus, Duration> inStatus) {

  /** A moment the incident moved to a severity or a status. */
  public record Change<T>(Instant at, T to) {}

  /**
   * @param severities the severity from each moment on (the classification at declaration first)
   * @param statuses the status from each moment on; the declaration's INVESTIGATING is implied
   */
  public static IncidentDurations of(
      Instant declaredAt,
      Instant resolvedAt,
      Instant firstAcknowledgedAt,
      List<Change<Severity>> severities,
      List<Change<IncidentStatus>> statuses,
      Instant now) {
    Instant end = resolvedAt != null ? resolvedAt : now;
    List<Change<IncidentStatus>> withStart = new ArrayList<>();
    withStart.add(new Change<>(declaredAt, IncidentStatus.INVESTIGATING));
    withStart.addAll(statuses);
    Map<IncidentStatus, Duration> inStatus = spans(declaredAt, end, withStart);
    inStatus.remove(IncidentStatus.RESOLVED);
    inStatus.remove(IncidentStatus.CLOSED);
    return new IncidentDurations(
        Optional.ofNullable(firstAcknowledgedAt)
            .filter(at -> !at.isBefore(declaredAt))
            .map(at -> Duration.between(declaredAt, at)),
        Optional.ofNullable(resolvedAt).map(at -> Duration.between(declaredAt, at)),
        spans(declaredAt, end, severities),
        inStatus);
  }

  private static <T extends Enum<T>> Map<T, Duration> spans(
      Instant start, Instant end, List<Change<T>> changes) {
    List<Change<T>> sorted =
        changes.stream().sorted(Comparator.comparing((Change<T> c) -> c.at())).toList();
    Map<T, Duration> spans = new java.util.TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Change<T> change = sorted.get(i);
      Instant from = change.at().isBefore(start) ? start : change.at();
      Instant to = i + 1 < sorted.size() ? sorted.get(i + 1).at() : end;
      if (to.isAfter(end)) {
        to = end;
      }
      if (to.isAfter(from)) {
        spans.merge(change.to(), Duration.between(from, to), Duration::plus);
      } else {
        spans.putIfAbsent(change.to(), Duration.ZERO);
      }
    }
    return spans;
  }

  /** "1 h 05 min", "4 min 10 s", "12 s": short enough for a table cell. */
  public static String format(Duration d) {
    long seconds = d.toSeconds();
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    long rest = seconds % 60;
    if (hours > 0) {
      return hours + " h " + String.format("%02d", minutes) + " min";
    }
    if (minutes > 0) {
      return minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
    }
    return rest + " s";
  }
}
