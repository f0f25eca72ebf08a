package io.reveille.postmortem;

import io.reveille.statuspage.PublicPostmortems;
import io.reveille.statuspage.PublishedPostmortem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The status page's source of postmortems: only published ones, and only their customer-facing
 * text; the internal sections are not read here at all, so they cannot leak.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedPostmortems implements PublicPostmortems {
  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, PublishedPostmortem> publishedFor(Collection<Long> incidentIds) {
    Map<Long, PublishedPostmortem> published = new HashMap<>();
    if (incidentIds.isEmpty()) {
      return published;
    }
    em.createQuery(
            "select p.incidentId, p.publicSummary, p.publicWhatHappened, p.publicNextSteps,"
                + " p.publishedAt from Postmortem p"
                + " where p.incidentId in :ids and p.state = :published",
            Object[].class)
        .setParameter("ids", incidentIds)
        .setParameter("published", PostmortemState.PUBLISHED)
        .getResultList()
        .forEach(
            row ->
                published.put(
                    (Long) row[0],
                    new PublishedPostmortem(
                        new PublicPostmortemText((String) row[1], (String) row[2], (String) row[3])
                            .body(),
                        (java.time.Instant) row[4])));
    return published;
  }
}
