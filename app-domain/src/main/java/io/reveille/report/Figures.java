package io.reveille.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The response figures over a set of incidents: mean time to acknowledge (MTTA), to resolve (MTTR)
 * and to the first public update, and the mean and longest gap between public updates. An incident
 * that never reached a moment (never acknowledged, not resolved yet) is left out of that mean, and
 * {@code *Counted} says how many were in it, so a mean of one incident is not mistaken for a trend.
 */
public record Figures(
    int incidents,
    Duration meanTimeToAcknowledge,
    int acknowledgedCounted,
    Duration meanTimeToResolve,
    int resolvedCounted,
    Duration meanTimeToFirstPublicUpdate,
    int firstUpdateCounted,
    Duration meanGapBetweenPublicUpdates,
    Duration longestGapBetweenPublicUpdates) {

  public static Figures of(Collection<IncidentFacts> facts, Instant now) {
    List<Duration> ack = new ArrayList<>();
    List<Duration> resolve = new ArrayList<>();
    List<Duration> first = new ArrayList<>();
    List<Duration> gaps = new ArrayList<>();
    for (IncidentFacts f : facts) {
      ResponseTimes times = ResponseTimes.of(f, now);
      add(ack, times.toAcknowledge());
      add(resolve, times.toResolve());
      add(first, times.toFirstPublicUpdate());
      gaps.addAll(times.publicUpdateGaps());
    }
    return new Figures(
        facts.size(),
        mean(ack).orElse(null),
        ack.size(),
        mean(resolve).orElse(null),
        resolve.size(),
        mean(first).orElse(null),
        first.size(),
        mean(gaps).orElse(null),
        gaps.stream().max(Duration::compareTo).orElse(null));
  }

  static Optional<Duration> mean(List<Duration> durations) {
    List<Duration> present = durations.stream().filter(Objects::nonNull).toList();
    if (present.isEmpty()) {
      return Optional.empty();
    }
    long totalSeconds = present.stream().mapToLong(Duration::toSeconds).sum();
    return Optional.of(Duration.ofSeconds(Math.round((double) totalSeconds / present.size())));
  }

  private static void add(List<Duration> into, Duration d) {
    if (d != null) {
      into.add(d);
    }
  }

  /** "1 h 05 min", "12 min", "45 s", or an en dash when there is no figure. */
  public static String format(Duration d) {
    if (d == null) {
      return "–";
    }
    long s = d.toSeconds();
    if (s < 60) {
      return s + " s";
    }
    long days = s / 86_400;
    long hours = (s % 86_400) / 3600;
    long minutes = (s % 3600) / 60;
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    if (hours > 0) {
      return hours + " h " + String.format("%02d", minutes) + " min";
    }
    return minutes + " min";
  }
}
