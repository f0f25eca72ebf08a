package io.reveille.statuspage;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatusChange;
import io.reveille.component.Components;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.OrganisationZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a status page snapshot is built from, in one read-only transaction. Plain reads that
 * take no locks: the incident team's writes never wait for a snapshot being built.
 */
@ApplicationScoped
@Transactional
public class StatusPageLoader {
  private static final String READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext EntityManager em;
  @Inject Components components;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId zone;
  @Inject Instance<PublicPostmortems> postmortems;

  public StatusPage load(Audience audience) {
    Instant now = clock.instant();
    List<Component> all = components();
    Instant uptimeFrom =
        now.atZone(zone)
            .toLocalDate()
            .minusDays(StatusPageAssembler.UPTIME_DAYS - 1L)
            .atStartOfDay(zone)
            .toInstant();
    Map<Long, List<ComponentStatusChange>> history = new LinkedHashMap<>();
    for (ComponentStatusChange change :
        components.history(all.stream().map(Component::id).toList(), uptimeFrom)) {
      history.computeIfAbsent(change.componentId(), id -> new ArrayList<>()).add(change);
    }
    List<Incident> incidents = incidents(audience, historySince(now));
    List<MaintenanceWindow> maintenance =
        em.createQuery(
                "select m from MaintenanceWindow m where m.state <> :cancelled"
                    + " and (m.state in :current or m.startsAt >= :since)"
                    + " order by m.startsAt desc",
                MaintenanceWindow.class)
            .setParameter("cancelled", MaintenanceState.CANCELLED)
            .setParameter(
                "current",
                EnumSet.of(
                    MaintenanceState.SCHEDULED,
                    MaintenanceState.IN_PROGRESS,
                    MaintenanceState.VERIFYING))
            .setParameter("since", historySince(now))
            .setHint(READ_ONLY, true)
            .setMaxResults(200)
            .getResultList();
    return new StatusPageAssembler(audience, now, zone)
        .assemble(
            all,
            components.groups(),
            history,
            incidents,
            maintenance,
            postmortems(incidents.stream().map(Incident::id).toList()));
  }

  /**
   * One incident as the audience may see it, for its page when it is older than the snapshot's
   * history; empty if there is none or the audience may not see it.
   */
  public Optional<StatusPage.IncidentNotice> incident(IncidentNumber number, Audience audience) {
    Incident incident = em.find(Incident.class, number.value());
    if (incident == null || (audience == Audience.PUBLIC && !incident.isPublic())) {
      return Optional.empty();
    }
    StatusPage page =
        new StatusPageAssembler(audience, clock.instant(), zone)
            .assemble(
                List.of(),
                List.of(),
                Map.of(),
                List.of(incident),
                List.of(),
                postmortems(List.of(incident.id())));
    return page.incident(number);
  }

  /**
   * One maintenance window as the audience may see it, for its page when it is older than the
   * snapshot's; empty if there is none, it was cancelled, or the audience may not see it.
   */
  public Optional<StatusPage.MaintenanceNotice> maintenance(long id, Audience audience) {
    MaintenanceWindow window = em.find(MaintenanceWindow.class, id);
    if (window == null) {
      return Optional.empty();
    }
    return new StatusPageAssembler(audience, clock.instant(), zone)
        .assemble(List.of(), List.of(), Map.of(), List.of(), List.of(window), Map.of())
        .maintenance(id);
  }

  private List<Incident> incidents(Audience audience, Instant since) {
    String visible = audience == Audience.PUBLIC ? " and i.publicTitle is not null" : "";
    return em.createQuery(
            "select i from Incident i where (i.status in :open or i.resolvedAt >= :since)"
                + visible
                + " order by i.declaredAt desc",
            Incident.class)
        .setParameter(
            "open",
            EnumSet.of(
                IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING))
        .setParameter("since", since)
        .setHint(READ_ONLY, true)
        .setMaxResults(1000)
        .getResultList();
  }

  /**
   * Every component in page order: by group, then position, then name. (Not {@code
   * Components.all()}: its fetch join with an alias is refused by Hibernate 7's JPA-compliant query
   * parser; the groups load in one batch instead.)
   */
  private List<Component> components() {
    return em.createQuery(
            "select c from Component c left join c.group g"
                + " order by coalesce(g.position, -1), g.name, c.position, c.name",
            Component.class)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  /** The start of the oldest month of the incident history. */
  private Instant historySince(Instant now) {
    return YearMonth.from(now.atZone(zone))
        .minusMonths(StatusPageAssembler.HISTORY_MONTHS - 1L)
        .atDay(1)
        .atStartOfDay(zone)
        .toInstant();
  }

  private Map<Long, PublishedPostmortem> postmortems(List<Long> incidentIds) {
    if (incidentIds.isEmpty() || !postmortems.isResolvable()) {
      return Map.of();
    }
    return postmortems.get().publishedFor(incidentIds);
  }
}
