package io.reveille.subscriber;

import io.reveille.component.Component;
import io.reveille.subscriber.SubscriberCsv.LineError;
import io.reveille.subscriber.SubscriberCsv.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Subscribers as administrators see them: filtered lists and counts, CSV export and import, and how
 * the fan-outs went (what failed, and why).
 */
@ApplicationScoped
@Transactional
public class SubscriberDirectory {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<ConfirmationRequested> confirmations;

  /** Which subscribers to list; null fields do not filter. */
  public record Filter(
      SubscriberKind kind, SubscriberState state, Long componentId, String addressContains) {
    public static final Filter NONE = new Filter(null, null, null, null);
  }

  /** A subscriber in a list, its components by name (empty: all of them). */
  public record Entry(
      long id,
      SubscriberKind kind,
      String address,
      SubscriberState state,
      List<String> components,
      Subscriber.Source source,
      Instant createdAt,
      Instant confirmedAt) {}

  /** The first {@code entries} of {@code total} matching subscribers. */
  public record Listing(List<Entry> entries, long total) {}

  public Listing list(Filter filter, int max) {
    long total = query(filter, "select count(s)", Long.class).getSingleResult();
    List<Subscriber> found =
        query(filter, "select s", Subscriber.class).setMaxResults(max).getResultList();
    Map<Long, String> names = componentNames();
    return new Listing(found.stream().map(s -> entry(s, names)).toList(), total);
  }

  /** How many subscribers there are in each state, and confirmed ones by channel. */
  public record Counts(Map<SubscriberState, Long> byState, Map<SubscriberKind, Long> confirmed) {}

  public Counts counts() {
    Map<SubscriberState, Long> byState = new EnumMap<>(SubscriberState.class);
    Map<SubscriberKind, Long> confirmed = new EnumMap<>(SubscriberKind.class);
    for (SubscriberState state : SubscriberState.values()) {
      byState.put(state, 0L);
    }
    for (SubscriberKind kind : SubscriberKind.values()) {
      confirmed.put(kind, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select s.state, s.kind, count(s) from Subscriber s group by s.state, s.kind",
                Object[].class)
            .getResultList()) {
      SubscriberState state = (SubscriberState) row[0];
      long count = (Long) row[2];
      byState.merge(state, count, Long::sum);
      if (state == SubscriberState.CONFIRMED) {
        confirmed.put((SubscriberKind) row[1], count);
      }
    }
    return new Counts(byState, confirmed);
  }

  /** Writes the matching subscribers as CSV; secrets and codes are never exported. */
  public void export(Filter filter, Writer out) throws IOException {
    Map<Long, String> names = componentNames();
    List<SubscriberCsv.Line> lines = new ArrayList<>();
    int page = 0;
    List<Subscriber> found;
    do {
      found =
          query(filter, "select s", Subscriber.class)
              .setFirstResult(page * 1000)
              .setMaxResults(1000)
              .getResultList();
      for (Subscriber s : found) {
        Entry e = entry(s, names);
        lines.add(
            new SubscriberCsv.Line(
                e.kind(), e.address(), e.state(), e.components(), e.createdAt(), e.confirmedAt()));
      }
      em.clear();
      page++;
    } while (found.size() == 1000);
    SubscriberCsv.write(out, lines);
  }

  /**
   * What an import came to. Nothing is imported when any line is wrong: fix the file and import it
   * again (addresses already subscribed are left as they are).
   */
  public record ImportReport(
      int imported, int alreadySubscribed, int confirmationsSent, List<LineError> errors) {}

  /**
   * Imports subscribers. The {@code state} column decides: {@code confirmed} is taken at its word
   * (the importer vouches for a confirmation made elsewhere, as when moving from another status
   * page); {@code pending} e-mail addresses get the confirmation e-mail, as if they had subscribed
   * on the page; {@code unsubscribed} keeps someone who left from being imported again. Text
   * messages are imported confirmed only (a code is typed by the person subscribing), and webhooks
   * not at all (their signing secret is shown once, to whoever subscribes).
   */
  public ImportReport importCsv(Reader csv) {
    SubscriberCsv.Parsed parsed = SubscriberCsv.parse(csv);
    List<LineError> errors = new ArrayList<>(parsed.errors());
    Map<String, Long> componentIds = new HashMap<>();
    for (Component c :
        em.createQuery("select c from Component c", Component.class).getResultList()) {
      if (c.visibility() == io.reveille.incident.Visibility.PUBLIC) {
        componentIds.put(c.name().toLowerCase(Locale.ROOT), c.id());
      }
    }
    Map<Row, List<Long>> chosen = new HashMap<>();
    for (Row row : parsed.rows()) {
      if (row.kind() == SubscriberKind.WEBHOOK
          && (row.secret() == null || row.secret().length() < 16 || row.secret().length() > 64)) {
        errors.add(
            new LineError(
                row.line(),
                "secret",
                "Give the webhook's signing secret (16 to 64 characters): a new one could not be"
                    + " shown to its owner."));
        continue;
      }
      if (row.kind() == SubscriberKind.SMS && row.state() == SubscriberState.PENDING) {
        errors.add(
            new LineError(
                row.line(),
                "state",
                "Text-message subscribers are imported confirmed only: the code is typed by the"
                    + " person subscribing."));
        continue;
      }
      List<Long> ids = new ArrayList<>();
      for (String name : row.components()) {
        Long id = componentIds.get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
          errors.add(
              new LineError(
                  row.line(), "components", "No public component is named " + name + "."));
        } else {
          ids.add(id);
        }
      }
      chosen.put(row, ids);
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(LineError::line));
      return new ImportReport(0, 0, 0, errors);
    }
    Set<String> existing = new HashSet<>();
    for (Object[] key :
        em.createQuery("select s.kind, s.address from Subscriber s", Object[].class)
            .getResultList()) {
      existing.add(key[0] + " " + key[1]);
    }
    Instant now = clock.instant();
    int imported = 0;
    int already = 0;
    List<Subscriber> pending = new ArrayList<>();
    for (Row row : parsed.rows()) {
      if (existing.contains(row.kind() + " " + row.address())) {
        already++;
        continue;
      }
      Subscriber subscriber =
          new Subscriber(row.kind(), row.address(), Subscriber.Source.IMPORT, now);
      subscriber.choose(chosen.get(row));
      subscriber.imported(row.state(), now);
      if (row.kind() == SubscriberKind.WEBHOOK) {
        subscriber.signWith(row.secret());
      }
      em.persist(subscriber);
      imported++;
      if (row.kind() == SubscriberKind.EMAIL && row.state() == SubscriberState.PENDING) {
        pending.add(subscriber);
      }
      if (imported % 500 == 0) {
        em.flush();
      }
    }
    em.flush();
    for (Subscriber s : pending) {
      confirmations.fire(new ConfirmationRequested(s.id(), s.kind(), s.address(), null));
    }
    return new ImportReport(imported, already, pending.size(), List.of());
  }

  /** A fan-out and how far it got. */
  public record FanoutSummary(
      long announcementId,
      String kind,
      String title,
      Instant announcedAt,
      int recipients,
      long sent,
      long pending,
      long failed,
      long skipped) {}

  public List<FanoutSummary> recentFanouts(int max) {
    List<Announcement> announcements =
        em.createQuery(
                "select a from Announcement a order by a.announcedAt desc, a.id desc",
                Announcement.class)
            .setMaxResults(max)
            .getResultList();
    List<FanoutSummary> summaries = new ArrayList<>();
    for (Announcement a : announcements) {
      Map<String, Long> states = new HashMap<>();
      for (Object row :
          em.createNativeQuery(
                  "select state, count(*) from subscriber_notification where announcement_id = ?"
                      + " group by state")
              .setParameter(1, a.id())
              .getResultList()) {
        Object[] pair = (Object[]) row;
        states.put((String) pair[0], ((Number) pair[1]).longValue());
      }
      summaries.add(
          new FanoutSummary(
              a.id(),
              a.kind() == io.reveille.shared.PublicAnnouncement.Kind.MAINTENANCE
                  ? "maintenance"
                  : "incident update",
              title(a),
              a.announcedAt(),
              a.recipients(),
              states.getOrDefault("SENT", 0L),
              states.getOrDefault("PENDING", 0L),
              states.getOrDefault("FAILED", 0L),
              states.getOrDefault("SKIPPED", 0L)));
    }
    return summaries;
  }

  /** A notification that failed at least once, with why; retried ones are still pending. */
  public record Failure(
      long announcementId,
      long subscriberId,
      SubscriberKind kind,
      String address,
      String state,
      int attempts,
      String lastError,
      Instant nextAttemptAt) {}

  public List<Failure> failures(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.announcement_id, n.subscriber_id, n.kind, s.address, n.state,"
                    + " n.attempts, n.last_error, n.next_attempt_at"
                    + " from subscriber_notification n join subscriber s on s.id = n.subscriber_id"
                    + " where n.last_error is not null and n.state <> 'SKIPPED'"
                    + " order by n.announcement_id desc, n.subscriber_id")
            .setMaxResults(max)
            .getResultList();
    List<Failure> failures = new ArrayList<>();
    for (Object[] r : rows) {
      failures.add(
          new Failure(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              SubscriberKind.valueOf((String) r[2]),
              (String) r[3],
              (String) r[4],
              ((Number) r[5]).intValue(),
              (String) r[6],
              instant(r[7])));
    }
    return failures;
  }

  private String title(Announcement a) {
    try {
      if (a.incidentId() != null) {
        return em.find(io.reveille.incident.Incident.class, a.incidentId())
            .publicTitle()
            .orElse("");
      }
      return em.find(io.reveille.maintenance.MaintenanceWindow.class, a.maintenanceId()).title();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return null;
  }

  private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" from Subscriber s where 1 = 1");
    if (filter.kind() != null) {
      jpql.append(" and s.kind = :kind");
    }
    if (filter.state() != null) {
      jpql.append(" and s.state = :state");
    }
    if (filter.componentId() != null) {
      jpql.append(" and (s.allComponents = true or :component member of s.componentIds)");
    }
    boolean search = filter.addressContains() != null && !filter.addressContains().isBlank();
    if (search) {
      jpql.append(" and lower(s.address) like :search escape '!'");
    }
    if (!select.contains("count")) {
      jpql.append(" order by s.createdAt desc, s.id desc");
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    if (filter.kind() != null) {
      query.setParameter("kind", filter.kind());
    }
    if (filter.state() != null) {
      query.setParameter("state", filter.state());
    }
    if (filter.componentId() != null) {
      query.setParameter("component", filter.componentId());
    }
    if (search) {
      String escaped =
          filter
              .addressContains()
              .strip()
              .toLowerCase(Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      query.setParameter("search", "%" + escaped + "%");
    }
    return query;
  }

  private Map<Long, String> componentNames() {
    Map<Long, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery("select c.id, c.name from Component c", Object[].class).getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  private static Entry entry(Subscriber s, Map<Long, String> names) {
    List<String> components =
        s.allComponents()
            ? List.of()
            : s.componentIds().stream()
                .map(id -> names.getOrDefault(id, "#" + id))
                .sorted()
                .toList();
    return new Entry(
        s.id(),
        s.kind(),
        s.address(),
        s.state(),
        components,
        s.source(),
        s.createdAt(),
        s.confirmedAt());
  }
}
