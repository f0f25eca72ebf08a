package io.reveille.report;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatusChange;
import io.reveille.component.Components;
import io.reveille.component.DailyUptime;
import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.Visibility;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.Postmortem;
import io.reveille.postmortem.PostmortemService;
import io.reveille.postmortem.PostmortemState;
import io.reveille.postmortem.PostmortemTemplate;
import io.reveille.postmortem.PostmortemTimelineEntry;
import io.reveille.postmortem.TemplateSection;
import io.reveille.severity.Severity;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.OrganisationZone;
import io.reveille.shared.Settings;
import io.reveille.statuspage.PublicPostmortems;
import io.reveille.statuspage.PublishedPostmortem;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntry;
import io.reveille.timeline.TimelineEntryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the reports' read models in one read-only transaction each. Nothing here writes; the pages
 * and the PDF renderer only see the records this returns.
 */
@ApplicationScoped
@Transactional
public class Reports {
  /** The same guidance the incident room shows for the first public update. */
  static final Duration FIRST_UPDATE_WITHIN =
      Settings.get("reveille.guidance.first-update-within")
          .map(Duration::parse)
          .orElse(Duration.ofMinutes(15));

  /** Leadership reviews within two business days of submission (as PostmortemService says). */
  static final int REVIEW_WITHIN_BUSINESS_DAYS = 2;

  /** How many months the insights dashboard looks back over, this one included. */
  public static final int INSIGHT_MONTHS = 6;

  private static final String READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext EntityManager em;
  @Inject IncidentService incidents;
  @Inject PostmortemService postmortems;
  @Inject Timeline timeline;
  @Inject PostmortemTemplate template;
  @Inject Components components;
  @Inject UptimeTargets targets;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId zone;
  @Inject Instance<PublicPostmortems> publicPostmortems;

  /**
   * The public incident report. Customers may read it once the incident is on the status page;
   * before that only staff may (to check it before it goes out), and for anyone else it does not
   * exist, as on the status page.
   */
  public PublicIncidentReport publicReport(IncidentNumber number, Actor reader) {
    Incident incident = incidents.get(number);
    if (!incident.isPublic() && reader.roles().isEmpty()) {
      throw new NotFoundException("There is no incident " + number + ".");
    }
    List<PublicIncidentReport.Update> updates = new ArrayList<>();
    List<StatusUpdate> shown = new ArrayList<>(incident.publicUpdates());
    java.util.Collections.reverse(shown);
    for (StatusUpdate u : shown) {
      updates.add(new PublicIncidentReport.Update(u.postedAt(), u.status().label(), u.message()));
    }
    ResponseTimes times = ResponseTimes.of(IncidentFacts.of(incident, List.of()), clock.instant());
    return new PublicIncidentReport(
        incident.number().toString(),
        incident.publicTitle().orElse("(not yet published) " + incident.title()),
        incident.severity(),
        incident.status().label(),
        incident.declaredAt(),
        incident.resolvedAt(),
        times.toResolve(),
        times.toFirstPublicUpdate(),
        incident.components().stream()
            .filter(c -> c.visibility() == Visibility.PUBLIC)
            .map(Component::name)
            .toList(),
        List.copyOf(updates),
        publishedPostmortem(incident.id()).orElse(null),
        incident.isPublic(),
        clock.instant());
  }

  /** The whole internal postmortem of an incident, with its timeline. */
  public PostmortemDocument postmortem(IncidentNumber number) {
    Incident incident = incidents.get(number);
    Postmortem postmortem = postmortems.of(number);
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    List<PostmortemDocument.ActionItemRow> items = new ArrayList<>();
    for (ActionItem item : postmortem.actionItems()) {
      items.add(
          new PostmortemDocument.ActionItemRow(
              item.description(),
              item.type().label(),
              item.priority().label(),
              item.owner(),
              item.dueDate(),
              item.state().label(),
              isOverdue(item, today),
              item.trackerUrl().orElse(null)));
    }
    List<PostmortemDocument.TimelineRow> rows = new ArrayList<>();
    if (!postmortem.timeline().isEmpty()) {
      // The postmortem's own copy: what its authors corrected, annotated and added.
      for (PostmortemTimelineEntry e : postmortem.timeline()) {
        rows.add(
            new PostmortemDocument.TimelineRow(
                e.occurredAt(), label(e.kind()), false, e.actor(), e.text(), e.annotation()));
      }
    } else {
      for (TimelineEntry e : timeline.of(incident.id())) {
        rows.add(
            new PostmortemDocument.TimelineRow(
                e.occurredAt(),
                label(e.kind()),
                e.visibility() == Visibility.INTERNAL,
                e.actor(),
                e.summary(),
                null));
      }
    }
    ResponseTimes times = ResponseTimes.of(IncidentFacts.of(incident, List.of()), clock.instant());
    return new PostmortemDocument(
        incident.number().toString(),
        incident.title(),
        incident.publicTitle().orElse(null),
        incident.severity(),
        incident.severityReason(),
        incident.status().label(),
        incident.declaredBy(),
        incident.holderOf(IncidentRole.COMMANDER),
        incident.declaredAt(),
        incident.resolvedAt(),
        times.toResolve(),
        incident.components().stream().map(Component::name).toList(),
        postmortem.state().label(),
        postmortem.author(),
        postmortem.submittedAt(),
        postmortem.approvedAt(),
        sections(postmortem, template.sections()),
        List.copyOf(items),
        postmortem.reviews().stream()
            .map(
                r ->
                    new PostmortemDocument.ReviewRow(
                        r.reviewer(), r.decision().toString(), r.comment(), r.reviewedAt()))
            .toList(),
        List.copyOf(rows),
        clock.instant());
  }

  /** The sections the template has now, in its order and with its titles. */
  static List<PostmortemDocument.Section> sections(
      Postmortem postmortem, List<TemplateSection> template) {
    return template.stream()
        .map(s -> new PostmortemDocument.Section(s.key(), s.title(), postmortem.section(s.key())))
        .toList();
  }

  /** How one incident's customers were kept informed. */
  public CommunicationReportCard reportCard(IncidentNumber number) {
    Incident incident = incidents.get(number);
    return grade(IncidentFacts.of(incident, timeline.of(incident.id())));
  }

  private CommunicationReportCard grade(IncidentFacts facts) {
    return CommunicationReportCard.grade(
        facts, clock.instant(), FIRST_UPDATE_WITHIN, Severity::updateCadence);
  }

  /** The reliability report of a month; the current month is reported up to now. */
  public MonthlyReport monthly(YearMonth month) {
    Instant now = clock.instant();
    YearMonth current = YearMonth.from(now.atZone(zone));
    if (month.isAfter(current)) {
      throw new InvalidInputException("month", "The month " + month + " has not begun yet.");
    }
    if (month.isBefore(current.minusYears(10))) {
      throw new InvalidInputException("month", "Reports go back ten years at most.");
    }
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    boolean complete = !end.isAfter(now);
    Instant to = complete ? end : now;
    List<Incident> declared = declaredBetween(from, to);
    Map<Long, List<TimelineEntry>> responses = responseEntries(declared);
    List<IncidentFacts> facts = new ArrayList<>();
    List<MonthlyReport.IncidentRow> rows = new ArrayList<>();
    for (Incident incident : declared) {
      IncidentFacts f =
          IncidentFacts.of(incident, responses.getOrDefault(incident.id(), List.of()));
      facts.add(f);
      ResponseTimes times = ResponseTimes.of(f, now);
      rows.add(
          new MonthlyReport.IncidentRow(
              incident.number().toString(),
              incident.title(),
              incident.severity(),
              incident.declaredAt(),
              times.toAcknowledge(),
              times.toResolve(),
              times.toFirstPublicUpdate(),
              grade(f).grade()));
    }
    return new MonthlyReport(
        month,
        from,
        to,
        complete,
        uptime(month, to),
        bySeverity(declared),
        Figures.of(facts, now),
        List.copyOf(rows),
        overdueActionItems(),
        postmortemsWaiting(false),
        now);
  }

  /** The leadership dashboard over the last {@link #INSIGHT_MONTHS} months. */
  public Insights insights() {
    Instant now = clock.instant();
    YearMonth last = YearMonth.from(now.atZone(zone));
    YearMonth first = last.minusMonths(INSIGHT_MONTHS - 1L);
    Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
    List<Incident> declared = declaredBetween(from, now);
    Map<Long, List<TimelineEntry>> responses = responseEntries(declared);
    Map<YearMonth, List<Incident>> byMonth = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      byMonth.put(m, new ArrayList<>());
    }
    List<IncidentFacts> facts = new ArrayList<>();
    for (Incident incident : declared) {
      byMonth
          .computeIfAbsent(
              YearMonth.from(incident.declaredAt().atZone(zone)), m -> new ArrayList<>())
          .add(incident);
      facts.add(IncidentFacts.of(incident, responses.getOrDefault(incident.id(), List.of())));
    }
    List<Insights.MonthCount> months = new ArrayList<>();
    byMonth.forEach((m, list) -> months.add(new Insights.MonthCount(m, bySeverity(list))));
    // Newest first: the incidents leadership most likely asks about.
    List<CommunicationReportCard> cards =
        facts.stream()
            .sorted((a, b) -> b.declaredAt().compareTo(a.declaredAt()))
            .limit(10)
            .map(this::grade)
            .toList();
    return new Insights(
        first,
        last,
        Figures.of(facts, now),
        List.copyOf(months),
        postmortemsWaiting(true),
        postmortemsWaiting(false),
        overdueActionItems(),
        cards,
        now);
  }

  private List<Incident> declaredBetween(Instant from, Instant to) {
    List<Incident> found =
        em.createQuery(
                "select i from Incident i where i.declaredAt >= :from and i.declaredAt < :to"
                    + " order by i.declaredAt, i.id",
                Incident.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setHint(READ_ONLY, true)
            .setMaxResults(5000)
            .getResultList();
    found.forEach(i -> i.publicUpdates().forEach(u -> u.componentChanges().size()));
    return found;
  }

  /** Only the entries the figures need: acknowledgements and roles taken. */
  private Map<Long, List<TimelineEntry>> responseEntries(Collection<Incident> of) {
    Map<Long, List<TimelineEntry>> byIncident = new HashMap<>();
    if (of.isEmpty()) {
      return byIncident;
    }
    List<Long> ids = of.stream().map(Incident::id).toList();
    for (int i = 0; i < ids.size(); i += 500) {
      em.createQuery(
              "select e from TimelineEntry e where e.incidentId in :ids and e.kind in :kinds"
                  + " order by e.occurredAt, e.id",
              TimelineEntry.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
          .setParameter(
              "kinds", List.of(TimelineEntryKind.ACKNOWLEDGED, TimelineEntryKind.ROLE_ASSIGNED))
          .setHint(READ_ONLY, true)
          .getResultList()
          .forEach(e -> byIncident.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(e));
    }
    return byIncident;
  }

  private static Map<Severity, Long> bySeverity(List<Incident> list) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0L);
    }
    for (Incident i : list) {
      if (i.severity() != null) {
        counts.merge(i.severity(), 1L, Long::sum);
      }
    }
    return counts;
  }

  private List<MonthlyReport.ComponentUptime> uptime(YearMonth month, Instant to) {
    List<Component> all = components.all();
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Map<Long, List<ComponentStatusChange>> history = new HashMap<>();
    for (ComponentStatusChange change :
        components.history(all.stream().map(Component::id).toList(), from)) {
      history.computeIfAbsent(change.componentId(), id -> new ArrayList<>()).add(change);
    }
    Map<Long, BigDecimal> own = targets.all();
    // DailyUptime counts back from "now": the month's last instant, or now in the current month.
    Instant last = to.minusMillis(1);
    int days = last.atZone(zone).getDayOfMonth();
    List<MonthlyReport.ComponentUptime> rows = new ArrayList<>();
    for (Component c : all) {
      DailyUptime uptime =
          DailyUptime.over(
              days, last, zone, c.createdAt(), history.getOrDefault(c.id(), List.of()));
      Duration down = Duration.ZERO;
      for (DailyUptime.Day day : uptime.days()) {
        if (day.date().getMonth() == month.getMonth()) {
          down = down.plus(weightedDowntime(day));
        }
      }
      rows.add(
          new MonthlyReport.ComponentUptime(
              c.name(),
              c.visibility() == Visibility.PUBLIC,
              uptime.uptimePercent(),
              own.getOrDefault(c.id(), targets.fallback()),
              down));
    }
    return rows;
  }

  /** Downtime as the uptime figure counts it: a partial outage at 30 %. */
  private static Duration weightedDowntime(DailyUptime.Day day) {
    double seconds = 0;
    for (Map.Entry<io.reveille.component.ComponentStatus, Duration> e : day.timeIn().entrySet()) {
      seconds += e.getKey().downtimeWeight() * e.getValue().toSeconds();
    }
    return Duration.ofSeconds(Math.round(seconds));
  }

  private List<OverdueActionItem> overdueActionItems() {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    List<Object[]> found =
        em.createQuery(
                "select p.incidentId, a from Postmortem p join p.actionItems a"
                    + " where a.dueDate < :today and a.state <> :done order by a.dueDate, a.id",
                Object[].class)
            .setParameter("today", today)
            .setParameter("done", ActionItemState.DONE)
            .setHint(READ_ONLY, true)
            .setMaxResults(500)
            .getResultList();
    List<OverdueActionItem> items = new ArrayList<>();
    for (Object[] row : found) {
      ActionItem item = (ActionItem) row[1];
      items.add(
          new OverdueActionItem(
              new IncidentNumber((Long) row[0]).toString(),
              item.description(),
              item.owner(),
              item.dueDate(),
              ChronoUnit.DAYS.between(item.dueDate(), today)));
    }
    return items;
  }

  private static boolean isOverdue(ActionItem item, LocalDate today) {
    return item.state() != ActionItemState.DONE && item.dueDate().isBefore(today);
  }

  /**
   * Postmortems waiting for review ({@code inReview}), or resolved incidents whose postmortem is
   * past its deadline and not yet submitted.
   */
  private List<PostmortemDue> postmortemsWaiting(boolean inReview) {
    Instant now = clock.instant();
    List<PostmortemDue> due = new ArrayList<>();
    if (inReview) {
      List<Object[]> found =
          em.createQuery(
                  "select i, p from Incident i, Postmortem p where p.incidentId = i.id"
                      + " and p.state = :state order by p.submittedAt",
                  Object[].class)
              .setParameter("state", PostmortemState.IN_REVIEW)
              .setHint(READ_ONLY, true)
              .setMaxResults(500)
              .getResultList();
      for (Object[] row : found) {
        Incident i = (Incident) row[0];
        Postmortem p = (Postmortem) row[1];
        Instant reviewDue =
            p.submittedAt() == null
                ? now
                : Severity.BusinessDays.add(
                        p.submittedAt().atZone(zone), REVIEW_WITHIN_BUSINESS_DAYS)
                    .toInstant();
        due.add(
            new PostmortemDue(
                i.number().toString(),
                i.title(),
                i.severity(),
                p.state().label(),
                reviewDue,
                now.isAfter(reviewDue)));
      }
      return due;
    }
    List<Incident> resolved =
        em.createQuery(
                "select i from Incident i where i.status = :resolved order by i.resolvedAt",
                Incident.class)
            .setParameter("resolved", IncidentStatus.RESOLVED)
            .setHint(READ_ONLY, true)
            .setMaxResults(500)
            .getResultList();
    if (resolved.isEmpty()) {
      return due;
    }
    Map<Long, Postmortem> written = new HashMap<>();
    em.createQuery("select p from Postmortem p where p.incidentId in :ids", Postmortem.class)
        .setParameter("ids", resolved.stream().map(Incident::id).toList())
        .setHint(READ_ONLY, true)
        .getResultList()
        .forEach(p -> written.put(p.incidentId(), p));
    for (Incident i : resolved) {
      if (i.severity() == null || i.resolvedAt() == null) {
        continue;
      }
      Postmortem p = written.get(i.id());
      if (p != null && !p.state().isEditable()) {
        continue;
      }
      Instant deadline = i.severity().postmortemDueAfter(i.resolvedAt(), zone);
      if (now.isAfter(deadline)) {
        due.add(
            new PostmortemDue(
                i.number().toString(),
                i.title(),
                i.severity(),
                p == null ? "Not started" : p.state().label(),
                deadline,
                true));
      }
    }
    return due;
  }

  private Optional<PublishedPostmortem> publishedPostmortem(Long incidentId) {
    for (PublicPostmortems source : publicPostmortems) {
      PublishedPostmortem found = source.publishedFor(List.of(incidentId)).get(incidentId);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** "Status update" for STATUS_UPDATE. */
  static String label(TimelineEntryKind kind) {
    String words = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Whether the reader may see internal text (support staff may not). */
  public static boolean seesInternal(Actor actor) {
    return actor.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER, Role.LEADERSHIP);
  }
}
