package io.reveille.delivery;

import io.reveille.incident.Visibility;
import io.reveille.shared.Settings;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable outbox. Deliveries are written in the deciding transaction; the {@link
 * DeliveryDispatcher} claims due ones, sends them outside any transaction and records each attempt
 * here. Claims are leases, so a node that dies mid-send leaves its deliveries to the others.
 */
@ApplicationScoped
@Transactional
public class Outbox {
  /** Retries: 5 s, 10 s, 20 s … up to 10 minutes apart; given up after this many attempts. */
  static final int MAX_ATTEMPTS =
      Settings.get("reveille.delivery.max-attempts").map(Integer::parseInt).orElse(8);

  static final Duration FIRST_RETRY =
      Settings.get("reveille.delivery.first-retry")
          .map(Duration::parse)
          .orElse(Duration.ofSeconds(5));

  static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

  /**
   * How long a claim lasts: longer than any provider call may take (5 s timeouts). A delivery whose
   * sender died before recording the outcome (a node killed mid-send) is sent again once its claim
   * lapses: at least once.
   */
  static final Duration CLAIM =
      Settings.get("reveille.delivery.claim-for")
          .map(Duration::parse)
          .orElse(Duration.ofSeconds(60));

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Timeline timeline;
  @Inject MessageComposer composer;
  @Inject Event<DeliveriesQueued> queued;

  /** A delivery to decide now and send after the commit. */
  public record NewDelivery(
      long incidentId,
      Channel channel,
      Delivery.Purpose purpose,
      String recipient,
      Long teamId,
      String address,
      List<String> mentions,
      String headline) {}

  /**
   * Writes deliveries to the outbox. One whose {@code notSentBecause} is given is recorded as not
   * sent straight away, so the gap is visible rather than silent.
   */
  public Delivery enqueue(NewDelivery request, String notSentBecause) {
    Delivery delivery =
        new Delivery(
            request.incidentId(),
            request.channel(),
            request.purpose(),
            request.recipient(),
            request.teamId(),
            request.address(),
            request.mentions(),
            request.headline(),
            clock.instant());
    if (notSentBecause != null) {
      delivery.notSent(notSentBecause);
    }
    em.persist(delivery);
    if (notSentBecause == null) {
      queued.fire(new DeliveriesQueued(1));
    } else {
      timeline.record(
          request.incidentId(),
          TimelineEntryKind.DELIVERY_ATTEMPT,
          Visibility.INTERNAL,
          null,
          describe(delivery) + ": not sent: " + notSentBecause);
    }
    return delivery;
  }

  /** Claims up to {@code max} due deliveries for this node; returns their ids. */
  public List<Long> claimDue(int max) {
    Instant now = clock.instant();
    List<Long> due =
        em.createQuery(
                "select d.id from Delivery d where d.state = :pending and d.nextAttemptAt <= :now"
                    + " and (d.claimedUntil is null or d.claimedUntil < :now)"
                    + " order by d.nextAttemptAt",
                Long.class)
            .setParameter("pending", Delivery.State.PENDING)
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    List<Long> claimed = new ArrayList<>();
    for (Long id : due) {
      int updated =
          em.createQuery(
                  "update Delivery d set d.claimedUntil = :until where d.id = :id"
                      + " and d.state = :pending"
                      + " and (d.claimedUntil is null or d.claimedUntil < :now)")
              .setParameter("until", now.plus(CLAIM))
              .setParameter("id", id)
              .setParameter("pending", Delivery.State.PENDING)
              .setParameter("now", now)
              .executeUpdate();
      if (updated == 1) {
        claimed.add(id);
      }
    }
    return claimed;
  }

  /** The delivery and its words, read in one short transaction before the send. */
  public Prepared prepare(long deliveryId) {
    Delivery delivery = em.find(Delivery.class, deliveryId);
    return new Prepared(delivery, composer.compose(delivery));
  }

  /** A claimed delivery with its message. */
  public record Prepared(Delivery delivery, ComposedMessage message) {}

  /** Records what one attempt came to, on the delivery, its attempts and the incident timeline. */
  public void record(long deliveryId, SendOutcome outcome, Duration took) {
    Delivery delivery = em.find(Delivery.class, deliveryId);
    Instant now = clock.instant();
    String detail;
    String kind;
    if (outcome instanceof SendOutcome.Sent sent) {
      delivery.sent(sent.reference(), now);
      kind = "SENT";
      detail = sent.reference() == null ? "sent" : "sent (" + sent.reference() + ")";
    } else if (outcome instanceof SendOutcome.NotConfigured missing) {
      delivery.notSent("no provider configured (" + missing.what() + ")");
      kind = "NOT_SENT";
      detail = delivery.outcome();
    } else {
      SendOutcome.Failed failed = (SendOutcome.Failed) outcome;
      Duration retryIn =
          failed.retryable() && delivery.attempts() + 1 < MAX_ATTEMPTS
              ? backoff(delivery.attempts())
              : null;
      delivery.failed(failed.reason(), retryIn, now);
      kind = "FAILED";
      detail =
          "failed: "
              + failed.reason()
              + (retryIn == null
                  ? "; gave up after " + delivery.attempts() + " attempt(s)"
                  : "; retrying in " + retryIn.toSeconds() + " s");
    }
    em.persist(new DeliveryAttempt(deliveryId, now, kind, detail, (int) took.toMillis()));
    timeline.record(
        delivery.incidentId(),
        TimelineEntryKind.DELIVERY_ATTEMPT,
        Visibility.INTERNAL,
        null,
        describe(delivery) + ": " + detail);
  }

  static Duration backoff(int attemptsSoFar) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }

  static String describe(Delivery delivery) {
    String channel = delivery.channel().label();
    String to = delivery.recipient() == null ? "the team channel" : delivery.recipient();
    return Character.toUpperCase(channel.charAt(0)) + channel.substring(1) + " to " + to;
  }

  public List<Delivery> ofIncident(long incidentId) {
    return em.createQuery(
            "select d from Delivery d where d.incidentId = :id order by d.createdAt, d.id",
            Delivery.class)
        .setParameter("id", incidentId)
        .getResultList();
  }

  /** The latest deliveries that were not sent or failed, newest first, for the admin page. */
  public List<Delivery> problems(int max) {
    return em.createQuery(
            "select d from Delivery d where d.state in :states order by d.createdAt desc, d.id desc",
            Delivery.class)
        .setParameter("states", List.of(Delivery.State.NOT_SENT, Delivery.State.FAILED))
        .setMaxResults(max)
        .getResultList();
  }

  public List<DeliveryAttempt> attempts(long deliveryId) {
    return em.createQuery(
            "select a from DeliveryAttempt a where a.deliveryId = :id order by a.attemptedAt",
            DeliveryAttempt.class)
        .setParameter("id", deliveryId)
        .getResultList();
  }
}
