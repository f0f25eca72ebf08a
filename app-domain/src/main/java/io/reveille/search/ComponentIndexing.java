package io.reveille.search;

import io.reveille.component.ComponentRenamed;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Indexes again the incidents of a renamed component (or one made public or internal). A component
 * knows nothing of its incidents, so Hibernate Search cannot follow the change by itself; and a
 * long-lived component may have thousands of incidents, so they are indexed again in the
 * background, a batch per transaction, once the rename is committed.
 */
@ApplicationScoped
public class ComponentIndexing {
  private static final Logger LOG = Logger.getLogger(ComponentIndexing.class);
  private static final int BATCH = 200;

  @PersistenceUnit EntityManagerFactory emf;
  @Inject SearchReindexing reindexing;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  void renamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentRenamed renamed) {
    executor.execute(() -> reindexIncidentsOf(renamed.componentId()));
  }

  private void reindexIncidentsOf(long componentId) {
    try {
      List<Long> incidents;
      try (var em = emf.createEntityManager()) {
        incidents =
            em.createQuery(
                    "select i.id from Incident i join i.components c where c.id = :component",
                    Long.class)
                .setParameter("component", componentId)
                .getResultList();
      }
      for (int from = 0; from < incidents.size(); from += BATCH) {
        reindexing.reindex(incidents.subList(from, Math.min(incidents.size(), from + BATCH)));
      }
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "The incidents of component %d were not all indexed again; rebuild the search index"
              + " (Set-up → Search index)",
          componentId);
    }
  }
}
