package io.reveille.search;

import io.reveille.incident.Incident;
import io.reveille.postmortem.Postmortem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;

/**
 * Finds the postmortem of an incident being indexed. The postmortem refers to its incident by id,
 * not by an association Hibernate could batch-fetch, so the plain lookup is one query per incident.
 * That is right when a write reindexes one incident, and it was a third of a mass reindex's time.
 *
 * <p>On the mass indexer's entity-loading threads (this class is its {@link
 * MassIndexingEnvironment}), the first lookup of a batch reads the postmortems of every incident
 * the batch loaded, with one query; the batch's other incidents then find theirs, or that they have
 * none, without a query. Elsewhere the lookup stays one query: a session that writes may add a
 * postmortem between two indexings of the same incident, and an answer kept from the first would be
 * stale.
 */
final class PostmortemLookup implements MassIndexingEnvironment {
  /** A bound on bind parameters per statement, well below every supported database's limit. */
  private static final int IDS_PER_QUERY = 1_000;

  /** The current batch's answers, on a mass-indexing thread; none elsewhere. */
  private static final ThreadLocal<Map<Long, Optional<Postmortem>>> BATCH = new ThreadLocal<>();

  @Override
  public void beforeExecution(Context context) {
    if (context instanceof EntityLoadingContext) {
      BATCH.set(new HashMap<>());
    }
  }

  @Override
  public void afterExecution(Context context) {
    BATCH.remove();
  }

  static Postmortem postmortemOf(Incident incident, Session session) {
    Map<Long, Optional<Postmortem>> batch = BATCH.get();
    if (batch == null) {
      return read(session, List.of(incident.id())).stream().findFirst().orElse(null);
    }
    Optional<Postmortem> known = batch.remove(incident.id());
    if (known == null) {
      readBatch(session, batch);
      known = batch.remove(incident.id());
    }
    return known != null
        ? known.orElse(null)
        : read(session, List.of(incident.id())).stream().findFirst().orElse(null);
  }

  /** Answers for every incident the session holds: the mass indexer's current batch. */
  private static void readBatch(Session session, Map<Long, Optional<Postmortem>> batch) {
    batch.clear();
    String incidentEntity = Incident.class.getName();
    for (Object key : session.getStatistics().getEntityKeys()) {
      if (key instanceof EntityKey entity && incidentEntity.equals(entity.getEntityName())) {
        batch.put((Long) entity.getIdentifier(), Optional.empty());
      }
    }
    List<Long> ids = new ArrayList<>(batch.keySet());
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      for (Postmortem postmortem :
          read(session, ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))) {
        batch.put(postmortem.incidentId(), Optional.of(postmortem));
      }
    }
  }

  private static List<Postmortem> read(Session session, List<Long> incidentIds) {
    // Read without flushing: the bridge may run while the session is itself being flushed.
    return session
        .createSelectionQuery(
            "select p from Postmortem p where p.incidentId in :ids", Postmortem.class)
        .setParameter("ids", incidentIds)
        .setHibernateFlushMode(FlushMode.MANUAL)
        .getResultList();
  }
}
