package io.reveille.report;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.AffectedComponent;
import io.reveille.incident.CustomerImpact;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.StatusUpdate;
import io.reveille.severity.Severity;
import io.reveille.timeline.TimelineEntry;
import io.reveille.timeline.TimelineEntryKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The moments of one incident that the figures are computed from, taken out of the entity so that
 * the arithmetic is tested with plain values and fixed clocks.
 *
 * @param acknowledgedAt when a person first took the incident on: the first acknowledged page or,
 *     for an incident nobody was paged for, the first role taken (a commander stepping in)
 * @param publicUpdates when customers were told something, oldest first
 * @param worstShownStatus the worst component status a public update showed customers, or null
 */
public record IncidentFacts(
    IncidentNumber number,
    Severity severity,
    CustomerImpact customerImpact,
    boolean externallyVisible,
    Instant declaredAt,
    Instant acknowledgedAt,
    Instant resolvedAt,
    List<Instant> publicUpdates,
    ComponentStatus worstShownStatus) {

  public IncidentFacts {
    publicUpdates = publicUpdates.stream().sorted().toList();
  }

  /** The incident's facts; {@code timeline} is its timeline, oldest first. */
  public static IncidentFacts of(Incident incident, List<TimelineEntry> timeline) {
    Instant acknowledged =
        firstOf(timeline, TimelineEntryKind.ACKNOWLEDGED)
            .or(() -> firstOf(timeline, TimelineEntryKind.ROLE_ASSIGNED))
            .orElse(null);
    List<StatusUpdate> shown = incident.publicUpdates();
    ComponentStatus worst =
        shown.stream()
            .flatMap(u -> u.componentChanges().stream())
            .map(AffectedComponent::status)
            .reduce((a, b) -> b.isWorseThan(a) ? b : a)
            .orElse(null);
    return new IncidentFacts(
        incident.number(),
        incident.severity(),
        incident.impact() == null ? CustomerImpact.NONE : incident.impact().customerImpact(),
        incident.impact() != null && incident.impact().externallyVisible(),
        incident.declaredAt(),
        acknowledged,
        incident.resolvedAt(),
        shown.stream().map(StatusUpdate::postedAt).toList(),
        worst);
  }

  private static Optional<Instant> firstOf(List<TimelineEntry> timeline, TimelineEntryKind kind) {
    return timeline.stream()
        .filter(e -> e.kind() == kind)
        .map(TimelineEntry::occurredAt)
        .min(Comparator.naturalOrder());
  }

  /** Whether customers should have heard about it: they felt it, or could see it. */
  public boolean customersAffected() {
    return customerImpact != CustomerImpact.NONE || externallyVisible;
  }
}
