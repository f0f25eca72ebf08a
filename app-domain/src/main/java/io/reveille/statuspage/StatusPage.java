package io.reveille.statuspage;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One immutable snapshot of the status page for an audience: everything the pages, the
 * Statuspage-compatible JSON, the feeds and the badge are rendered from. Built by {@link
 * StatusPageAssembler}; served from memory by {@link StatusPages}. Two snapshots with the same
 * content are equal, so a rebuild that found nothing new keeps the cached renderings and their
 * ETags.
 *
 * <p>A public snapshot holds nothing internal: no internal component, no incident before its first
 * public update, no internal title or update, no person's name.
 *
 * @param updatedAt the latest change anything on the page shows; null on a page with nothing yet
 * @param sections groups with the components shown in them (and components in no group), page order
 * @param components every component the audience may know of, page order, including those kept off
 *     the page while operational (Statuspage's JSON lists them with their flag)
 * @param groups every group with a component the audience may know of, page order
 * @param recentIncidents the 50 newest incidents the audience may see, for incidents.json
 * @param history resolved incidents by month, this month first, twelve months
 * @param recentMaintenance the 50 newest maintenance windows, not cancelled
 */
public record StatusPage(
    Audience audience,
    ZoneId zone,
    Indicator indicator,
    Instant updatedAt,
    List<Section> sections,
    List<ComponentLine> components,
    List<GroupLine> groups,
    List<IncidentNotice> activeIncidents,
    List<IncidentNotice> recentIncidents,
    List<HistoryMonth> history,
    List<MaintenanceNotice> activeMaintenance,
    List<MaintenanceNotice> upcomingMaintenance,
    List<MaintenanceNotice> recentMaintenance) {

  public StatusPage {
    sections = List.copyOf(sections);
    components = List.copyOf(components);
    groups = List.copyOf(groups);
    activeIncidents = List.copyOf(activeIncidents);
    recentIncidents = List.copyOf(recentIncidents);
    history = List.copyOf(history);
    activeMaintenance = List.copyOf(activeMaintenance);
    upcomingMaintenance = List.copyOf(upcomingMaintenance);
    recentMaintenance = List.copyOf(recentMaintenance);
  }

  public Optional<ComponentLine> component(long id) {
    return components.stream().filter(c -> c.id() == id).findFirst();
  }

  /** An incident on this page (active, recent or in the history), by its number. */
  /** A maintenance window the page knows of: under way, coming, or among the recent ones. */
  public Optional<MaintenanceNotice> maintenance(long id) {
    return Stream.of(activeMaintenance, upcomingMaintenance, recentMaintenance)
        .flatMap(List::stream)
        .filter(m -> m.id() == id)
        .findFirst();
  }

  public Optional<IncidentNotice> incident(IncidentNumber number) {
    return activeIncidents.stream()
        .filter(i -> i.number().equals(number))
        .findFirst()
        .or(() -> recentIncidents.stream().filter(i -> i.number().equals(number)).findFirst())
        .or(
            () ->
                history.stream()
                    .flatMap(m -> m.incidents().stream())
                    .filter(i -> i.number().equals(number))
                    .findFirst());
  }

  /** A heading on the page with its components; a null group holds components in no group. */
  public record Section(GroupLine group, List<ComponentLine> components) {
    public Section {
      components = List.copyOf(components);
    }
  }

  /**
   * A component as the page shows it.
   *
   * @param shown whether it appears on the page now (an only-when-degraded component does not while
   *     operational)
   * @param updatedAt its last status change, or its creation
   */
  public record ComponentLine(
      long id,
      String name,
      String description,
      ComponentStatus status,
      Visibility visibility,
      boolean shownOnlyWhenDegraded,
      boolean shown,
      Long groupId,
      int position,
      Instant createdAt,
      Instant updatedAt,
      UptimeBar uptime) {}

  /** A component group; its status is the worst of its shown components. */
  public record GroupLine(
      long id,
      String name,
      String description,
      int position,
      ComponentStatus status,
      List<Long> componentIds,
      Instant createdAt,
      Instant updatedAt) {
    public GroupLine {
      componentIds = List.copyOf(componentIds);
    }
  }

  /** A component named on an incident or maintenance window. */
  public record ComponentRef(long id, String name) {}

  /**
   * An incident as the page shows it.
   *
   * @param name the public title; for staff, the internal title until there is a public one
   * @param internalTitle the team's title, in staff snapshots only (null in public ones)
   * @param severity in staff snapshots only (customers read the impact)
   * @param status as customers were last told; resolved once the incident is resolved or closed
   * @param createdAt its first public update (staff: its declaration)
   * @param updates its public updates, newest first; internal updates never appear here
   */
  public record IncidentNotice(
      long id,
      IncidentNumber number,
      String name,
      String internalTitle,
      boolean isPublic,
      IncidentStatus status,
      Indicator impact,
      Severity severity,
      Instant createdAt,
      Instant updatedAt,
      Instant monitoringAt,
      Instant resolvedAt,
      List<Notice> updates,
      List<ComponentRef> components,
      PublishedPostmortem postmortem) {
    public IncidentNotice {
      updates = List.copyOf(updates);
      components = List.copyOf(components);
    }

    public boolean isResolved() {
      return status == IncidentStatus.RESOLVED;
    }

    public Optional<PublishedPostmortem> publishedPostmortem() {
      return Optional.ofNullable(postmortem);
    }
  }

  /**
   * A public update on an incident, with the component statuses it set.
   *
   * @param nextUpdateAt when the team promised the next update; null if it promised none
   */
  public record Notice(
      long id,
      IncidentStatus status,
      String body,
      Instant postedAt,
      Instant nextUpdateAt,
      List<ComponentChangeLine> componentChanges) {
    public Notice {
      componentChanges = List.copyOf(componentChanges);
    }
  }

  /** "Payments API: operational → partial outage", as one update set it. */
  public record ComponentChangeLine(
      long componentId, String name, ComponentStatus previous, ComponentStatus status) {}

  /** A maintenance window as the page shows it. */
  public record MaintenanceNotice(
      long id,
      String title,
      String description,
      MaintenanceState state,
      Instant startsAt,
      Instant endsAt,
      Instant createdAt,
      Instant updatedAt,
      Instant startedAt,
      Instant completedAt,
      List<MaintenanceNote> updates,
      List<ComponentRef> components) {
    public MaintenanceNotice {
      updates = List.copyOf(updates);
      components = List.copyOf(components);
    }
  }

  /** A notice on a maintenance window (scheduled, started, completed), newest first. */
  public record MaintenanceNote(long id, MaintenanceState state, String body, Instant postedAt) {}

  /** A component's uptime over the last 90 days: overall, and one bar per day. */
  public record UptimeBar(Double percent, List<UptimeDay> days) {
    public UptimeBar {
      days = List.copyOf(days);
    }
  }

  /**
   * One day of the bar.
   *
   * @param percent null before the component existed
   * @param worst the worst status it was in that day
   * @param outage time in a partial or major outage
   */
  public record UptimeDay(LocalDate date, Double percent, ComponentStatus worst, Duration outage) {}

  /** A month of the incident history, with its resolved incidents, newest first. */
  public record HistoryMonth(YearMonth month, List<IncidentNotice> incidents) {
    public HistoryMonth {
      incidents = List.copyOf(incidents);
    }
  }
}
