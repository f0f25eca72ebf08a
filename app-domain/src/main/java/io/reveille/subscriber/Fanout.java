package io.reveille.subscriber;

import io.reveille.shared.PublicAnnouncement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns an announcement into one outbox row per confirmed subscriber of its components.
 *
 * <p>The announcement itself is written inside the transaction that decided it, so the update and
 * the promise to tell subscribers commit together or not at all. The rows are written after the
 * commit, a chunk of subscriber ids per transaction ({@link #expandNextChunk}), each chunk one
 * {@code INSERT ... SELECT}: the person posting an update does not wait for 100,000 rows, sending
 * starts after the first chunk, and a node killed half-way leaves the announcement's progress for
 * itself or another node to finish.
 */
@ApplicationScoped
public class Fanout {
  /** Subscriber ids per chunk: about 100 ms of inserting on H2, so sending starts soon. */
  static final long CHUNK = 5_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<NotificationsQueued> queued;

  @Transactional(TxType.MANDATORY)
  void onAnnouncement(@Observes PublicAnnouncement announced) {
    Instant now = clock.instant();
    Long highest =
        em.createQuery("select max(s.id) from Subscriber s", Long.class).getSingleResult();
    Announcement announcement = new Announcement(announced, now, highest == null ? 0 : highest);
    em.persist(announcement);
    if (!announcement.isExpanded()) {
      queued.fire(new NotificationsQueued(announcement.id())); // after the commit: write the rows
    }
  }

  /** Announcements whose outbox rows are not all written yet, oldest first. */
  @Transactional
  public List<Long> unexpanded() {
    return em.createQuery(
            "select a.id from Announcement a where a.expandedAt is null order by a.id", Long.class)
        .getResultList();
  }

  /**
   * Writes the outbox rows of the next chunk of subscribers; empty when the announcement is done
   * (or gone). The announcement's row is locked, so two nodes never write the same chunk: the
   * second waits and then continues after the first's.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public OptionalInt expandNextChunk(long announcementId) {
    Announcement a = em.find(Announcement.class, announcementId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || a.isExpanded()) {
      return OptionalInt.empty();
    }
    long from = a.expandedThrough();
    long through = Math.min(a.subscribersThrough(), from + CHUNK);
    boolean someComponents = !a.componentIds().isEmpty();
    Query insert =
        em.createNativeQuery(
                "insert into subscriber_notification"
                    + " (announcement_id, subscriber_id, kind, state, attempts, next_attempt_at)"
                    + " select :announcement, s.id, s.kind, 'PENDING', 0, :now from subscriber s"
                    + " where s.id > :from and s.id <= :through and s.state = 'CONFIRMED'"
                    + " and (s.all_components = true"
                    + (someComponents
                        ? " or exists (select 1 from subscriber_component c"
                            + " where c.subscriber_id = s.id and c.component_id in (:components))"
                        : "")
                    + ")")
            .setParameter("announcement", a.id())
            .setParameter("now", clock.instant())
            .setParameter("from", from)
            .setParameter("through", through);
    if (someComponents) {
      insert.setParameter("components", a.componentIds());
    }
    int written = insert.executeUpdate();
    a.expandedThrough(through, written, clock.instant());
    return OptionalInt.of(written);
  }
}
