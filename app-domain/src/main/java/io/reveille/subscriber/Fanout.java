package io.reveille.subscriber;

import io.reveille.shared.PublicAnnouncement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes one outbox row per confirmed subscriber of the announcement's components, inside the
 * transaction that decided the announcement: the update and its notifications commit together or
 * not at all. One {@code INSERT ... SELECT}, so 100,000 subscribers cost one statement, not 100,000
 * round trips; sending happens later, outside the transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Fanout {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<NotificationsQueued> queued;

  void onAnnouncement(@Observes PublicAnnouncement announced) {
    Instant now = clock.instant();
    Announcement announcement = new Announcement(announced, now);
    em.persist(announcement);
    em.flush();
    boolean someComponents = !announced.componentIds().isEmpty();
    Query insert =
        em.createNativeQuery(
                "insert into subscriber_notification"
                    + " (announcement_id, subscriber_id, kind, state, attempts, next_attempt_at)"
                    + " select :announcement, s.id, s.kind, 'PENDING', 0, :now from subscriber s"
                    + " where s.state = 'CONFIRMED' and (s.all_components = true"
                    + (someComponents
                        ? " or exists (select 1 from subscriber_component c"
                            + " where c.subscriber_id = s.id and c.component_id in (:components))"
                        : "")
                    + ")")
            .setParameter("announcement", announcement.id())
            .setParameter("now", now);
    if (someComponents) {
      insert.setParameter("components", announced.componentIds());
    }
    int recipients = insert.executeUpdate();
    announcement.toldTo(recipients);
    if (recipients > 0) {
      queued.fire(new NotificationsQueued(recipients));
    }
  }
}
