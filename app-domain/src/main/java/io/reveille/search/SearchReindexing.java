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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
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

  /** Who started a rebuild that {@link #rebuildIfStale()} found necessary. */
  public static final String AT_START_UP = "Reveille at start-up";

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

  /**
   * Starts a rebuild when the index cannot answer for the database: some of its documents were
   * written by another version of the mapping (a field added or analysed differently since, so they
   * are not found by what the new fields hold), or it is empty while the database holds incidents
   * (the index directory lost, a database backup restored, rows written around the application).
   * Called at start-up, so an upgrade needs no manual step; searches answer from what has been
   * indexed again so far while it runs.
   */
  @Transactional
  public Optional<Progress> rebuildIfStale() {
    // An Elasticsearch index shows what was just written (the demo data) only once refreshed.
    Search.mapping(emf).scope(Incident.class).workspace().refresh();
    SearchSession search = Search.session(em);
    long documents = search.search(Incident.class).where(f -> f.matchAll()).fetchTotalHitCount();
    long otherMapping =
        search
            .search(Incident.class)
            .where(
                f ->
                    f.bool()
                        .must(f.matchAll())
                        .mustNot(
                            f.match()
                                .field(IncidentFields.MAPPING)
                                .matching(IncidentDocumentBinder.VERSION)))
            .fetchTotalHitCount();
    // The database is only asked when the index is empty: counting a million rows is not free.
    long incidents =
        documents > 0
            ? documents
            : em.createQuery("select count(i) from Incident i", Long.class).getSingleResult();
    return whyStale(documents, otherMapping, incidents)
        .map(
            reason -> {
              LOG.warnf("Rebuilding the search index: %s", reason);
              return start(AT_START_UP);
            });
  }

  /** Why an index of {@code documents} cannot answer for {@code incidents}; empty when it can. */
  static Optional<String> whyStale(long documents, long otherMapping, long incidents) {
    if (otherMapping > 0) {
      return Optional.of(
          otherMapping
              + " of its "
              + documents
              + " documents were written by another version of the mapping than "
              + IncidentDocumentBinder.VERSION);
    }
    if (documents == 0 && incidents > 0) {
      return Optional.of(
          "it is empty, and the database holds "
              + incidents
              + (incidents == 1 ? " incident" : " incidents"));
    }
    return Optional.empty();
  }

  /** Indexes these incidents again, as they are in the database, when this transaction commits. */
  @Transactional
  public void reindex(List<Long> incidentIds) {
    SearchIndexingPlan plan = Search.session(em).indexingPlan();
    incidentIds.forEach(id -> plan.addOrUpdate(em.getReference(Incident.class, id)));
  }

  /** The current or last run's progress; empty before any run since start-up. */
  public Optional<Progress> progress() {
    return Optional.ofNullable(current.get()).map(Run::progress);
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
