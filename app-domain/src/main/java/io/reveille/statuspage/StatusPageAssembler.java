package io.reveille.statuspage;

import io.reveille.component.Component;
import io.reveille.component.ComponentGroup;
import io.reveille.component.ComponentStatus;
import io.reveille.component.ComponentStatusChange;
import io.reveille.component.DailyUptime;
import io.reveille.incident.AffectedComponent;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.maintenance.MaintenanceUpdate;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.statuspage.StatusPage.ComponentChangeLine;
import io.reveille.statuspage.StatusPage.ComponentLine;
import io.reveille.statuspage.StatusPage.ComponentRef;
import io.reveille.statuspage.StatusPage.GroupLine;
import io.reveille.statuspage.StatusPage.HistoryMonth;
import io.reveille.statuspage.StatusPage.IncidentNotice;
import io.reveille.statuspage.StatusPage.MaintenanceNote;
import io.reveille.statuspage.StatusPage.MaintenanceNotice;
import io.reveille.statuspage.StatusPage.Notice;
import io.reveille.statuspage.StatusPage.Section;
import io.reveille.statuspage.StatusPage.UptimeBar;
import io.reveille.statuspage.StatusPage.UptimeDay;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds a {@link StatusPage} from the model, deciding what the audience may see. Pure: the loader
 * hands it what it read, so the rules (the overall indicator, only-when-degraded, nothing internal
 * in public) are tested without a database.
 */
public final class StatusPageAssembler {
  /** Days on each component's uptime bar. */
  public static final int UPTIME_DAYS = 90;

  /** Months of incident history. */
  public static final int HISTORY_MONTHS = 12;

  /** Incidents and maintenance windows in Statuspage's lists (incidents.json and the like). */
  static final int RECENT_LIMIT = 50;

  private final Audience audience;
  private final Instant now;
  private final ZoneId zone;

  public StatusPageAssembler(Audience audience, Instant now, ZoneId zone) {
    this.audience = audience;
    this.now = now;
    this.zone = zone;
  }

  /**
   * @param components every component, in page order
   * @param history status changes since the uptime window began (with the last one before it), by
   *     component id, oldest first
   * @param incidents incidents that may appear: open ones and those resolved in the history window
   * @param maintenance maintenance windows that may appear
   * @param postmortems published postmortems by incident id
   */
  public StatusPage assemble(
      List<Component> components,
      List<ComponentGroup> groups,
      Map<Long, List<ComponentStatusChange>> history,
      List<Incident> incidents,
      List<MaintenanceWindow> maintenance,
      Map<Long, PublishedPostmortem> postmortems) {
    List<ComponentLine> lines = new ArrayList<>();
    for (Component component : components) {
      if (mayKnow(component)) {
        lines.add(line(component, history.getOrDefault(component.id(), List.of())));
      }
    }
    List<Section> allSections = sections(components, lines);
    List<GroupLine> groupLines =
        allSections.stream().map(Section::group).filter(Objects::nonNull).toList();
    List<Section> sections = allSections.stream().filter(s -> !s.components().isEmpty()).toList();

    List<IncidentNotice> notices =
        incidents.stream()
            .filter(this::mayKnow)
            .map(i -> notice(i, postmortems.get(i.id())))
            .sorted(Comparator.comparing(IncidentNotice::createdAt).reversed())
            .toList();
    List<IncidentNotice> active = notices.stream().filter(i -> !i.isResolved()).toList();

    List<MaintenanceNotice> windows =
        maintenance.stream()
            .filter(m -> m.state() != MaintenanceState.CANCELLED)
            .filter(this::mayKnow)
            .sorted(Comparator.comparing(MaintenanceWindow::startsAt).reversed())
            .map(this::notice)
            .toList();
    List<MaintenanceNotice> activeMaintenance =
        windows.stream()
            .filter(
                m ->
                    m.state() == MaintenanceState.IN_PROGRESS
                        || m.state() == MaintenanceState.VERIFYING)
            .sorted(Comparator.comparing(MaintenanceNotice::startsAt))
            .toList();
    List<MaintenanceNotice> upcoming =
        windows.stream()
            .filter(m -> m.state() == MaintenanceState.SCHEDULED)
            .sorted(Comparator.comparing(MaintenanceNotice::startsAt))
            .toList();

    Indicator indicator = indicator(lines, active, activeMaintenance);
    Instant updatedAt =
        Stream.of(
                lines.stream().map(ComponentLine::updatedAt),
                notices.stream().map(IncidentNotice::updatedAt),
                windows.stream().map(MaintenanceNotice::updatedAt))
            .flatMap(s -> s)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return new StatusPage(
        audience,
        zone,
        indicator,
        updatedAt,
        sections,
        lines,
        groupLines,
        active,
        notices.stream().limit(RECENT_LIMIT).toList(),
        history(notices),
        activeMaintenance,
        upcoming,
        windows.stream().limit(RECENT_LIMIT).toList());
  }

  /**
   * The page's overall indicator, what customers read at the top: the worst of the public
   * components on the page, the impact of the active public incidents, and maintenance under way.
   * Internal components and incidents never raise it, for staff either: it is what customers see.
   */
  static Indicator indicator(
      List<ComponentLine> components,
      List<IncidentNotice> activeIncidents,
      List<MaintenanceNotice> activeMaintenance) {
    Indicator indicator = Indicator.NONE;
    for (ComponentLine component : components) {
      if (component.visibility() == Visibility.PUBLIC && component.shown()) {
        indicator = indicator.orWorse(Indicator.of(component.status()));
      }
    }
    for (IncidentNotice incident : activeIncidents) {
      if (incident.isPublic()) {
        indicator = indicator.orWorse(incident.impact());
      }
    }
    if (!activeMaintenance.isEmpty()) {
      indicator = indicator.orWorse(Indicator.MAINTENANCE);
    }
    return indicator;
  }

  private boolean mayKnow(Component component) {
    return audience == Audience.STAFF || component.visibility() == Visibility.PUBLIC;
  }

  private boolean mayKnow(Incident incident) {
    return audience == Audience.STAFF || incident.isPublic();
  }

  /** A window is public unless every component it names is internal. */
  private boolean mayKnow(MaintenanceWindow window) {
    return audience == Audience.STAFF
        || window.components().isEmpty()
        || window.components().stream().anyMatch(this::mayKnow);
  }

  private boolean shown(Component component) {
    return audience == Audience.STAFF || component.isShownPublicly();
  }

  private ComponentLine line(Component component, List<ComponentStatusChange> changes) {
    DailyUptime uptime = DailyUptime.over(UPTIME_DAYS, now, zone, component.createdAt(), changes);
    Instant updatedAt =
        changes.isEmpty() ? component.createdAt() : changes.get(changes.size() - 1).changedAt();
    return new ComponentLine(
        component.id(),
        component.name(),
        component.description(),
        component.status(),
        component.visibility(),
        component.shownOnlyWhenDegraded(),
        shown(component),
        component.group().map(ComponentGroup::id).orElse(null),
        component.position(),
        component.createdAt(),
        updatedAt,
        new UptimeBar(
            round(uptime.uptimePercent()),
            uptime.days().stream()
                .map(d -> new UptimeDay(d.date(), round(d.uptimePercent()), d.worst(), d.outage()))
                .toList()));
  }

  /** Hundredths of a percent, as the page shows them: equal days make equal snapshots. */
  private static Double round(Double percent) {
    return percent == null ? null : Math.round(percent * 100) / 100.0;
  }

  /**
   * Groups in page order with every member the audience may know of (their status the worst of
   * those), and the page's sections: each group with its shown members, components in no group
   * first. A group with nothing shown has no section.
   */
  private List<Section> sections(List<Component> components, List<ComponentLine> lines) {
    Map<Long, ComponentLine> byId = new LinkedHashMap<>();
    lines.forEach(l -> byId.put(l.id(), l));
    Map<Long, ComponentGroup> groupsById = new LinkedHashMap<>();
    Map<Long, List<ComponentLine>> byGroup = new LinkedHashMap<>();
    List<ComponentLine> loose = new ArrayList<>();
    for (Component component : components) {
      ComponentLine line = byId.get(component.id());
      if (line == null) {
        continue;
      }
      Optional<ComponentGroup> group = component.group();
      if (group.isEmpty()) {
        loose.add(line);
      } else {
        groupsById.putIfAbsent(group.get().id(), group.get());
        byGroup.computeIfAbsent(group.get().id(), id -> new ArrayList<>()).add(line);
      }
    }
    List<Section> sections = new ArrayList<>();
    List<ComponentLine> looseShown = loose.stream().filter(ComponentLine::shown).toList();
    if (!looseShown.isEmpty()) {
      sections.add(new Section(null, looseShown));
    }
    for (Map.Entry<Long, List<ComponentLine>> entry : byGroup.entrySet()) {
      ComponentGroup group = groupsById.get(entry.getKey());
      List<ComponentLine> members = entry.getValue();
      ComponentStatus worst = ComponentStatus.OPERATIONAL;
      for (ComponentLine member : members) {
        worst = member.status().isWorseThan(worst) ? member.status() : worst;
      }
      GroupLine line =
          new GroupLine(
              group.id(),
              group.name(),
              group.description(),
              group.position(),
              worst,
              members.stream().map(ComponentLine::id).toList(),
              members.stream()
                  .map(ComponentLine::createdAt)
                  .min(Comparator.naturalOrder())
                  .orElseThrow(),
              members.stream()
                  .map(ComponentLine::updatedAt)
                  .max(Comparator.naturalOrder())
                  .orElseThrow());
      sections.add(new Section(line, members.stream().filter(ComponentLine::shown).toList()));
    }
    return sections;
  }

  private IncidentNotice notice(Incident incident, PublishedPostmortem postmortem) {
    // Public updates only, for staff too: internal text stays in the incident room.
    List<StatusUpdate> published = incident.publicUpdates();
    List<Notice> updates = published.stream().map(this::notice).toList();
    boolean resolved =
        incident.status() == IncidentStatus.RESOLVED || incident.status() == IncidentStatus.CLOSED;
    IncidentStatus status;
    if (resolved) {
      // Resolved even when the resolving update was internal: an incident the team closed must
      // not stay "investigating" on the page for ever.
      status = IncidentStatus.RESOLVED;
    } else if (audience == Audience.PUBLIC && !published.isEmpty()) {
      // What customers were last told, not where the team has got to since.
      status = published.get(0).status();
    } else {
      status = incident.status();
    }
    Instant firstPublic =
        published.isEmpty() ? null : published.get(published.size() - 1).postedAt();
    Instant lastPublic = published.isEmpty() ? null : published.get(0).postedAt();
    Instant createdAt =
        audience == Audience.PUBLIC && firstPublic != null ? firstPublic : incident.declaredAt();
    Instant updatedAt = lastPublic != null ? lastPublic : createdAt;
    if (resolved && incident.resolvedAt() != null && incident.resolvedAt().isAfter(updatedAt)) {
      updatedAt = incident.resolvedAt();
    }
    Instant monitoringAt =
        published.stream()
            .filter(u -> u.status() == IncidentStatus.MONITORING)
            .map(StatusUpdate::postedAt)
            .min(Comparator.naturalOrder())
            .orElse(null);
    return new IncidentNotice(
        incident.id(),
        incident.number(),
        incident.publicTitle().orElse(audience == Audience.STAFF ? incident.title() : ""),
        audience == Audience.STAFF ? incident.title() : null,
        incident.isPublic(),
        status,
        Indicator.impactOf(incident.severity()),
        audience == Audience.STAFF ? incident.severity() : null,
        createdAt,
        updatedAt,
        monitoringAt,
        resolved ? incident.resolvedAt() : null,
        updates,
        incident.components().stream()
            .filter(this::mayKnow)
            .map(c -> new ComponentRef(c.id(), c.name()))
            .toList(),
        postmortem);
  }

  private Notice notice(StatusUpdate update) {
    List<ComponentChangeLine> changes = new ArrayList<>();
    for (AffectedComponent change : update.componentChanges()) {
      if (mayKnow(change.component())) {
        changes.add(
            new ComponentChangeLine(
                change.component().id(),
                change.component().name(),
                change.previous(),
                change.status()));
      }
    }
    return new Notice(
        update.id(),
        update.status(),
        update.message(),
        update.postedAt(),
        update.nextUpdateAt().orElse(null),
        changes);
  }

  private MaintenanceNotice notice(MaintenanceWindow window) {
    List<MaintenanceNote> notes =
        window.updates().stream()
            .map(u -> new MaintenanceNote(u.id(), u.state(), u.message(), u.postedAt()))
            .toList();
    Instant updatedAt =
        window.updates().stream()
            .map(MaintenanceUpdate::postedAt)
            .max(Comparator.naturalOrder())
            .orElse(window.createdAt());
    return new MaintenanceNotice(
        window.id(),
        window.title(),
        window.description(),
        window.state(),
        window.startsAt(),
        window.endsAt(),
        window.createdAt(),
        updatedAt,
        window.startedAt(),
        window.completedAt(),
        notes,
        window.components().stream()
            .filter(this::mayKnow)
            .map(c -> new ComponentRef(c.id(), c.name()))
            .toList());
  }

  /** The last twelve months, this one first, each with the incidents resolved that began in it. */
  private List<HistoryMonth> history(List<IncidentNotice> notices) {
    YearMonth thisMonth = YearMonth.from(now.atZone(zone));
    Map<YearMonth, List<IncidentNotice>> byMonth = new LinkedHashMap<>();
    for (int i = 0; i < HISTORY_MONTHS; i++) {
      byMonth.put(thisMonth.minusMonths(i), new ArrayList<>());
    }
    for (IncidentNotice notice : notices) {
      if (notice.isResolved()) {
        List<IncidentNotice> month = byMonth.get(YearMonth.from(notice.createdAt().atZone(zone)));
        if (month != null) {
          month.add(notice);
        }
      }
    }
    return byMonth.entrySet().stream()
        .map(e -> new HistoryMonth(e.getKey(), e.getValue()))
        .toList();
  }
}
