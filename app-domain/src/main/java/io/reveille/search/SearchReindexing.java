package io.reveille.search;

import io.reveille.incident.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

/**
 * Rebuilds the incident index from the database (Hibernate Search's mass indexer), one run at a
 * time on this node, with its progress readable while it runs. Needed after restoring a database
 * backup, after rows were written around the application, or when the mapping changed. Searches
 * during a run see only what has been indexed again so far.
 */
@ApplicationScoped
public class SearchReindexing {
  private static final Logger LOG = Logger.getLogger(SearchReindexing.class);

  @PersistenceUnit EntityManagerFactory emf;
  @PersistenceContext EntityManager em;

  private final AtomicReference<Run> current = new AtomicReference<>();

  /** Starts a run unless one is under way; either way answers the run's progress. */
  public Progress start(String requestedBy) {
    Run run = new Run(requestedBy, Clock.systemUTC().instant());
    Run previous = current.get();
    if (previous != null && previous.finishedAt == null) {
      return previous.progress();
    }
    if (!current.compareAndSet(previous, run)) {
      return current.get().progress();
    }
    LOG.infof("Search index rebuild started by %s", requestedBy);
    Search.mapping(emf)
        .scope(Incident.class)
        .massIndexer()
        .threadsToLoadObjects(Integer.getInteger("reveille.search.reindex-threads", 2))
        .batchSizeToLoadObjects(Integer.getInteger("reveille.search.reindex-batch", 200))
        .environment(new PostmortemLookup())
        .monitor(run)
        .start()
        .whenComplete(
            (ignored, failure) -> {
              run.finishedAt = Clock.systemUTC().instant();
              if (failure != null) {
                run.failure = "The rebuild failed: " + failure.getClass().getSimpleName();
                LOG.error("Search index rebuild failed", failure);
              } else {
                LOG.infof(
                    "Search index rebuilt: %d incidents in %s",
                    run.indexed.get(), Duration.between(run.startedAt, run.finishedAt));
              }
            });
    return run.progress();
  }

  /** Indexes these incidents again, as they are in the database, when this transaction commits. */
  @Transactional
  public void reindex(List<Long> incidentIds) {
    SearchIndexingPlan plan = Search.session(em).indexingPlan();
    incidentIds.forEach(id -> plan.addOrUpdate(em.getReference(Incident.class, id)));
  }

  /** The current or last run's progress; empty before any run since start-up. */
  public java.util.Optional<Progress> progress() {
    return java.util.Optional.ofNullable(current.get()).map(Run::progress);
  }

  /** Where a rebuild stands. */
  public record Progress(
      String requestedBy,
      Instant startedAt,
      Instant finishedAt,
      long total,
      long indexed,
      String failure) {
    public boolean running() {
      return finishedAt == null;
    }

    public int percent() {
      if (total <= 0) {
        return running() ? 0 : 100;
      }
      return (int) Math.min(100, indexed * 100 / total);
    }

    /** Documents a second so far (or over the whole run once finished). */
    public long perSecond() {
      Instant end = finishedAt == null ? Clock.systemUTC().instant() : finishedAt;
      long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
      return indexed * 1000 / millis;
    }
  }

  private static final class Run implements MassIndexingMonitor {
    private final String requestedBy;
    private final Instant startedAt;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile Instant finishedAt;
    private volatile String failure;

    Run(String requestedBy, Instant startedAt) {
      this.requestedBy = requestedBy;
      this.startedAt = startedAt;
    }

    Progress progress() {
      return new Progress(requestedBy, startedAt, finishedAt, total.get(), indexed.get(), failure);
    }

    @Override
    public void documentsAdded(long increment) {
      indexed.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {}

    @Override
    public void entitiesLoaded(long increment) {}

    @Override
    public void addToTotalCount(long increment) {
      total.addAndGet(increment);
    }

    @Override
    public void indexingCompleted() {}
  }
}
