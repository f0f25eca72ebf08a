package io.reveille.subscriber;

import io.reveille.delivery.SendOutcome;
import io.reveille.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The subscriber outbox ({@code subscriber_notification}): claims of due notifications for one
 * channel, and what sending them came to. A claim is a lease on a range of rows: another node skips
 * them until it runs out, so a node killed mid-send leaves its rows to the others (at least once: a
 * subscriber may, rarely, be told twice, and each message carries its notification id).
 */
@ApplicationScoped
@Transactional
public class NotificationOutbox {
  static final int MAX_ATTEMPTS =
      Settings.get("reveille.delivery.max-attempts").map(Integer::parseInt).orElse(8);
  static final Duration FIRST_RETRY =
      Settings.get("reveille.delivery.first-retry")
          .map(Duration::parse)
          .orElse(Duration.ofSeconds(5));
  static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

  /** Longer than any batch takes: 512 webhooks, 64 at a time, 5 s timeout each, is 40 s. */
  static final Duration LEASE = Duration.ofSeconds(60);

  /** This node's name in its claims, so that after a restart it takes its own back at once. */
  static final String NODE =
      Settings.get("jboss.node.name")
          .map(name -> name.length() > 20 ? name.substring(0, 20) : name)
          .orElse("node");

  private static final int LAST_ERROR_MAX = 500;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Who to send to, as claimed. */
  public record Recipient(long subscriberId, int attempts, String address, String signingSecret) {
    /** The same for every attempt: receivers drop what they have seen. */
    public String notificationId(long announcementId) {
      return announcementId + "-" + subscriberId;
    }
  }

  /**
   * Due notifications of one announcement, leased to this node.
   *
   * @param first the lowest subscriber id in the claim
   * @param last the highest: every statement about the claim names the range, so it reads the
   *     claim's few hundred rows through the key instead of all of an announcement's rows (H2 does
   *     not look an IN list up in the second column of a key; a 100,000-row announcement cost a
   *     scan of 100,000 rows per statement)
   */
  public record Claim(
      String token, long announcementId, long first, long last, List<Recipient> recipients) {}

  /** What one send came to. */
  public record Result(Recipient recipient, SendOutcome outcome) {}

  /**
   * Leases up to {@code max} due notifications of {@code kind}, all of one announcement.
   * Subscribers who unsubscribed since the fan-out are skipped here, not sent to.
   */
  public Optional<Claim> claim(SubscriberKind kind, int max) {
    Instant now = clock.instant();
    // No ORDER BY: sorting 100,000 due rows for every batch would cost more than sending them.
    // The due index yields them in key order anyway, and the scan stops after max rows.
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "select announcement_id, subscriber_id from subscriber_notification"
                    + " where state = 'PENDING' and kind = :kind and next_attempt_at <= :now"
                    + " and (claimed_until is null or claimed_until < :now)")
            .setParameter("kind", kind.name())
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    if (due.isEmpty()) {
      return Optional.empty();
    }
    long announcement = number(due.get(0)[0]);
    List<Long> ids = new ArrayList<>(due.size());
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Object[] row : due) {
      if (number(row[0]) == announcement) {
        long id = number(row[1]);
        ids.add(id);
        first = Math.min(first, id);
        last = Math.max(last, id);
      }
    }
    String token = NODE + "-" + UUID.randomUUID().toString().substring(0, 13);
    // Conditional on the row still being free: of two nodes racing, each row goes to one.
    em.createNativeQuery(
            "update subscriber_notification set claimed_until = :until, claimed_by = :token"
                + " where announcement_id = :announcement"
                + " and subscriber_id between :first and :last and subscriber_id in (:ids)"
                + " and state = 'PENDING' and next_attempt_at <= :now"
                + " and (claimed_until is null or claimed_until < :now)")
        .setParameter("until", now.plus(LEASE))
        .setParameter("token", token)
        .setParameter("announcement", announcement)
        .setParameter("first", first)
        .setParameter("last", last)
        .setParameter("ids", ids)
        .setParameter("now", now)
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.subscriber_id, n.attempts, s.address, s.signing_secret, s.state"
                    + " from subscriber_notification n join subscriber s on s.id = n.subscriber_id"
                    + " where n.announcement_id = :announcement"
                    + " and n.subscriber_id between :first and :last and n.claimed_by = :token")
            .setParameter("announcement", announcement)
            .setParameter("first", first)
            .setParameter("last", last)
            .setParameter("token", token)
            .getResultList();
    List<Recipient> recipients = new ArrayList<>(rows.size());
    List<Long> gone = new ArrayList<>();
    for (Object[] row : rows) {
      long subscriberId = number(row[0]);
      if (!SubscriberState.CONFIRMED.name().equals(row[4])) {
        gone.add(subscriberId);
      } else {
        recipients.add(
            new Recipient(subscriberId, (int) number(row[1]), (String) row[2], (String) row[3]));
      }
    }
    Claim claim = new Claim(token, announcement, first, last, recipients);
    if (!gone.isEmpty()) {
      settle(claim, gone, "SKIPPED", "unsubscribed before it was sent");
    }
    return Optional.of(claim);
  }

  /**
   * Records a batch's outcomes: sent; failed and retried after 5 s, 10 s, 20 s … (10 minutes at
   * most); or given up, after the last attempt or when retrying cannot help.
   */
  public void record(Claim claim, List<Result> results) {
    Instant now = clock.instant();
    List<Long> sent = new ArrayList<>();
    // Failures grouped by what is written, so a receiver that is down costs a few statements.
    Map<List<Object>, List<Long>> failed = new LinkedHashMap<>();
    for (Result result : results) {
      long id = result.recipient().subscriberId();
      if (result.outcome() instanceof SendOutcome.Sent) {
        sent.add(id);
        continue;
      }
      int attempts = result.recipient().attempts() + 1;
      String reason;
      boolean retryable;
      if (result.outcome() instanceof SendOutcome.Failed f) {
        reason = f.reason();
        retryable = f.retryable() && attempts < MAX_ATTEMPTS;
      } else {
        reason =
            "not sent: no provider configured ("
                + ((SendOutcome.NotConfigured) result.outcome()).what()
                + ")";
        retryable = false;
      }
      if (reason.length() > LAST_ERROR_MAX) {
        reason = reason.substring(0, LAST_ERROR_MAX - 1) + "…";
      }
      Instant next = retryable ? now.plus(backoff(attempts - 1)) : null;
      failed
          .computeIfAbsent(
              List.of(
                  retryable ? "PENDING" : "FAILED", reason, attempts, next == null ? now : next),
              k -> new ArrayList<>())
          .add(id);
    }
    if (!sent.isEmpty()) {
      em.createNativeQuery(
              "update subscriber_notification set state = 'SENT', sent_at = :now,"
                  + " attempts = attempts + 1, last_error = null, claimed_until = null,"
                  + " claimed_by = null where announcement_id = :announcement"
                  + " and subscriber_id between :first and :last"
                  + " and claimed_by = :token and subscriber_id in (:ids)")
          .setParameter("now", now)
          .setParameter("announcement", claim.announcementId())
          .setParameter("first", claim.first())
          .setParameter("last", claim.last())
          .setParameter("token", claim.token())
          .setParameter("ids", sent)
          .executeUpdate();
    }
    failed.forEach(
        (what, ids) ->
            em.createNativeQuery(
                    "update subscriber_notification set state = :state, last_error = :reason,"
                        + " attempts = :attempts, next_attempt_at = :next, claimed_until = null,"
                        + " claimed_by = null where announcement_id = :announcement"
                        + " and subscriber_id between :first and :last"
                        + " and claimed_by = :token and subscriber_id in (:ids)")
                .setParameter("state", what.get(0))
                .setParameter("reason", what.get(1))
                .setParameter("attempts", what.get(2))
                .setParameter("next", what.get(3))
                .setParameter("announcement", claim.announcementId())
                .setParameter("first", claim.first())
                .setParameter("last", claim.last())
                .setParameter("token", claim.token())
                .setParameter("ids", ids)
                .executeUpdate());
  }

  /** Gives up a whole claim, such as one whose announcement no longer exists. */
  public void abandon(Claim claim, String reason) {
    settle(
        claim, claim.recipients().stream().map(Recipient::subscriberId).toList(), "FAILED", reason);
  }

  /**
   * Takes back the leases this node held before it restarted: whatever it was sending when it died
   * is sent again now rather than when the leases run out.
   */
  public int releaseOwnClaims() {
    return em.createNativeQuery(
            "update subscriber_notification set claimed_until = null, claimed_by = null"
                + " where state = 'PENDING' and claimed_by like :mine")
        .setParameter("mine", NODE + "-%")
        .executeUpdate();
  }

  private void settle(Claim claim, List<Long> ids, String state, String reason) {
    for (int from = 0; from < ids.size(); from += 500) {
      em.createNativeQuery(
              "update subscriber_notification set state = :state, last_error = :reason,"
                  + " claimed_until = null, claimed_by = null where announcement_id = :announcement"
                  + " and subscriber_id between :first and :last"
                  + " and claimed_by = :token and subscriber_id in (:ids)")
          .setParameter("state", state)
          .setParameter("reason", reason)
          .setParameter("announcement", claim.announcementId())
          .setParameter("first", claim.first())
          .setParameter("last", claim.last())
          .setParameter("token", claim.token())
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .executeUpdate();
    }
  }

  static Duration backoff(int attemptsSoFar) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
