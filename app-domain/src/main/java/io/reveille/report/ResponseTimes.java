package io.reveille.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The durations of one incident's response. Open incidents count up to {@code now}, so a long
 * silence in an incident still running shows as the gap it already is.
 */
public record ResponseTimes(
    Duration toAcknowledge,
    Duration toResolve,
    Duration toFirstPublicUpdate,
    List<Duration> publicUpdateGaps) {

  public static ResponseTimes of(IncidentFacts facts, Instant now) {
    Duration ack = between(facts.declaredAt(), facts.acknowledgedAt());
    Duration resolve = between(facts.declaredAt(), facts.resolvedAt());
    List<Instant> updates = facts.publicUpdates();
    Duration first = updates.isEmpty() ? null : between(facts.declaredAt(), updates.get(0));
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < updates.size(); i++) {
      gaps.add(Duration.between(updates.get(i - 1), updates.get(i)));
    }
    // Still open and customers were told of it: the silence since the last update is a gap too.
    if (facts.resolvedAt() == null && !updates.isEmpty()) {
      Instant last = updates.get(updates.size() - 1);
      if (now.isAfter(last)) {
        gaps.add(Duration.between(last, now));
      }
    }
    return new ResponseTimes(ack, resolve, first, Collections.unmodifiableList(gaps));
  }

  public Optional<Duration> longestGap() {
    return publicUpdateGaps.stream().max(Duration::compareTo);
  }

  public Optional<Duration> meanGap() {
    return Figures.mean(publicUpdateGaps);
  }

  private static Duration between(Instant from, Instant to) {
    if (from == null || to == null) {
      return null;
    }
    Duration d = Duration.between(from, to);
    return d.isNegative() ? Duration.ZERO : d;
  }
}
