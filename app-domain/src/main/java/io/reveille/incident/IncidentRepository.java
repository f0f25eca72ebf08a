package io.reveille.incident;

import io.reveille.severity.Severity;
import io.reveille.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores incidents. */
@ApplicationScoped
public class IncidentRepository {
  @PersistenceContext EntityManager em;

  void add(Incident incident) {
    em.persist(incident);
  }

  void add(StatusUpdate update) {
    em.persist(update);
  }

  void add(RoleAssignment assignment) {
    em.persist(assignment);
  }

  public Optional<Incident> find(IncidentNumber number) {
    return Optional.ofNullable(em.find(Incident.class, number.value()));
  }

  public Incident get(IncidentNumber number) {
    return find(number)
        .orElseThrow(() -> new NotFoundException("There is no incident " + number + "."));
  }

  /** One page of incidents, newest first, optionally filtered. */
  public Page<Incident> list(
      List<IncidentStatus> statuses, List<Severity> severities, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!statuses.isEmpty()) {
      where.append(" and i.status in :statuses");
    }
    if (!severities.isEmpty()) {
      where.append(" and i.severity in :severities");
    }
    var query =
        em.createQuery(
            "select i from Incident i" + where + " order by i.declaredAt desc, i.id desc",
            Incident.class);
    var count = em.createQuery("select count(i) from Incident i" + where, Long.class);
    if (!statuses.isEmpty()) {
      query.setParameter("statuses", statuses);
      count.setParameter("statuses", statuses);
    }
    if (!severities.isEmpty()) {
      query.setParameter("severities", severities);
      count.setParameter("severities", severities);
    }
    List<Incident> items =
        new ArrayList<>(query.setFirstResult(page * size).setMaxResults(size).getResultList());
    return new Page<>(items, page, size, count.getSingleResult());
  }

  /** A page of results and where it sits in the whole. */
  public record Page<T>(List<T> items, int page, int size, long total) {
    public int pageCount() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }
}
