package io.reveille.timeline;

import io.reveille.incident.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Writes and reads incident timelines. */
@ApplicationScoped
@Transactional
public class Timeline {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public TimelineEntry record(
      Long incidentId, TimelineEntryKind kind, Visibility visibility, String actor, String text) {
    TimelineEntry entry =
        new TimelineEntry(incidentId, clock.instant(), kind, visibility, actor, text);
    em.persist(entry);
    return entry;
  }

  /** Oldest first, as a story is read. */
  public List<TimelineEntry> of(Long incidentId) {
    return em.createQuery(
            "select e from TimelineEntry e where e.incidentId = :id order by e.occurredAt, e.id",
            TimelineEntry.class)
        .setParameter("id", incidentId)
        .getResultList();
  }
}
