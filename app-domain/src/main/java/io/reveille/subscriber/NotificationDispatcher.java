package io.reveille.subscriber;

import io.reveille.delivery.ChatChannels;
import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.delivery.SendOutcome;
import io.reveille.delivery.TextMessages;
import io.reveille.shared.Settings;
import io.reveille.subscriber.NotificationOutbox.Claim;
import io.reveille.subscriber.NotificationOutbox.Recipient;
import io.reveille.subscriber.NotificationOutbox.Result;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends what the subscriber outbox holds, outside any transaction, one lane per channel with the
 * concurrency that channel suits: e-mail over a few SMTP connections kept open for a batch,
 * webhooks many at a time (bounded by the adapter), text messages and chat channels one by one
 * (their providers rate-limit). Lanes start when a fan-out commits, and every second for retries
 * and for rows a dead node left behind.
 */
@ApplicationScoped
public class NotificationDispatcher {
  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

  /**
   * Parallel SMTP connections per node. Each message costs four round trips (MAIL, RCPT, DATA, the
   * dot), which a few connections overlap; on 2 cores 8 were slower than 4 (see the benchmarks):
   * the threads building messages then compete for the CPU.
   */
  static final int MAIL_CONNECTIONS =
      Settings.get("reveille.subscribers.smtp-connections").map(Integer::parseInt).orElse(4);

  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory threads;

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  @Inject NotificationOutbox outbox;
  @Inject Bulletins bulletins;
  @Inject SubscriberLinks links;
  @Inject SubscriberMail mail;
  @Inject SubscriberWebhooks webhooks;
  @Inject TextMessages textMessages;
  @Inject ChatChannels chat;
  @Inject Clock clock;

  private final Map<SubscriberKind, Lane> lanes = new EnumMap<>(SubscriberKind.class);
  private ExecutorService pool;
  private ScheduledFuture<?> poller;

  /** Starts the lanes and the poller; called once the schema exists. */
  public synchronized void start() {
    if (poller != null) {
      return;
    }
    // One thread per lane plus the SMTP connections' senders, so a lane never waits for a thread.
    pool = Executors.newFixedThreadPool(SubscriberKind.values().length + MAIL_CONNECTIONS, threads);
    lanes.put(
        SubscriberKind.EMAIL,
        new Lane(SubscriberKind.EMAIL, 100 * MAIL_CONNECTIONS, this::sendMail));
    lanes.put(SubscriberKind.WEBHOOK, new Lane(SubscriberKind.WEBHOOK, 512, this::postWebhooks));
    lanes.put(SubscriberKind.SMS, new Lane(SubscriberKind.SMS, 50, this::sendTexts));
    lanes.put(
        SubscriberKind.SLACK,
        new Lane(SubscriberKind.SLACK, 50, (c, b) -> postToChannels(c, b, ChatKind.SLACK)));
    lanes.put(
        SubscriberKind.TEAMS,
        new Lane(
            SubscriberKind.TEAMS, 50, (c, b) -> postToChannels(c, b, ChatKind.MICROSOFT_TEAMS)));
    int released = outbox.releaseOwnClaims();
    if (released > 0) {
      LOG.infof(
          "Took back %d subscriber notifications this node was sending before it stopped",
          released);
    }
    poller = scheduler.scheduleWithFixedDelay(this::wakeAll, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  public synchronized void stop() {
    if (poller != null) {
      poller.cancel(false);
      poller = null;
      pool.shutdownNow();
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued queued) {
    wakeAll();
  }

  private void wakeAll() {
    lanes.values().forEach(Lane::wake);
  }

  /** Sends a claim's messages; returns one result per recipient. */
  private interface Sender {
    List<Result> send(Claim claim, Bulletin bulletin) throws InterruptedException;
  }

  /** One channel: at most one drain at a time per node; a wake during a drain drains again. */
  private final class Lane {
    private final SubscriberKind kind;
    private final int batch;
    private final Sender sender;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    Lane(SubscriberKind kind, int batch, Sender sender) {
      this.kind = kind;
      this.batch = batch;
      this.sender = sender;
    }

    void wake() {
      wanted.set(true);
      if (running.compareAndSet(false, true)) {
        try {
          pool.execute(this::drain);
        } catch (RuntimeException e) {
          running.set(false); // shutting down
        }
      }
    }

    private void drain() {
      try {
        while (wanted.getAndSet(false)) {
          while (sendOneBatch()) {
            // until nothing is due
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database hiccupped; the poller wakes the lane again within a second.
        LOG.warnf("Subscriber %s lane stopped: %s", kind, e.toString());
      } finally {
        running.set(false);
      }
      if (wanted.get() && !Thread.currentThread().isInterrupted()) {
        wake();
      }
    }

    private boolean sendOneBatch() throws InterruptedException {
      Optional<Claim> claimed = outbox.claim(kind, batch);
      if (claimed.isEmpty()) {
        return false;
      }
      Claim claim = claimed.get();
      if (claim.recipients().isEmpty()) {
        return true; // all of them had unsubscribed
      }
      Optional<Bulletin> bulletin = bulletins.of(claim.announcementId());
      if (bulletin.isEmpty()) {
        outbox.abandon(claim, "what was announced no longer exists");
        return true;
      }
      List<Result> results = sender.send(claim, bulletin.get());
      // If this fails the leases run out and the batch is sent again: at least once.
      outbox.record(claim, results);
      return true;
    }
  }

  private List<Result> sendMail(Claim claim, Bulletin bulletin) throws InterruptedException {
    List<Recipient> recipients = claim.recipients();
    int connections = Math.max(1, Math.min(MAIL_CONNECTIONS, recipients.size() / 20));
    int share = (recipients.size() + connections - 1) / connections;
    String subject = SubscriberMessages.emailSubject(bulletin);
    String text = SubscriberMessages.emailTextUpToTheLink(bulletin);
    List<Future<List<Result>>> parts = new ArrayList<>();
    for (int from = 0; from < recipients.size(); from += share) {
      List<Recipient> part = recipients.subList(from, Math.min(recipients.size(), from + share));
      parts.add(
          pool.submit(
              () -> {
                List<Result> results = new ArrayList<>(part.size());
                try (SubscriberMail.Batch connection = mail.open()) {
                  for (Recipient r : part) {
                    URI unsubscribe = links.unsubscribeUrl(r.subscriberId());
                    SubscriberMail.Letter letter =
                        new SubscriberMail.Letter(
                            r.address(),
                            subject,
                            text + unsubscribe + "\n",
                            unsubscribe,
                            r.notificationId(claim.announcementId()));
                    results.add(new Result(r, connection.send(letter)));
                  }
                }
                return results;
              }));
    }
    List<Result> all = new ArrayList<>(recipients.size());
    for (Future<List<Result>> part : parts) {
      try {
        all.addAll(part.get());
      } catch (java.util.concurrent.ExecutionException e) {
        LOG.warnf("A mail sender failed: %s", e.getCause().toString());
      }
    }
    return all;
  }

  private List<Result> postWebhooks(Claim claim, Bulletin bulletin) throws InterruptedException {
    List<CompletableFuture<Result>> posts = new ArrayList<>(claim.recipients().size());
    String afterMeta = SubscriberMessages.webhookJsonAfterMeta(bulletin);
    for (Recipient r : claim.recipients()) {
      String id = r.notificationId(claim.announcementId());
      String json =
          SubscriberMessages.webhookJson(
              afterMeta, id, links.unsubscribeUrl(r.subscriberId()), clock.instant());
      posts.add(
          webhooks.post(r.address(), r.signingSecret(), json, id).thenApply(o -> new Result(r, o)));
    }
    List<Result> results = new ArrayList<>(posts.size());
    for (CompletableFuture<Result> post : posts) {
      results.add(post.join());
    }
    return results;
  }

  private List<Result> sendTexts(Claim claim, Bulletin bulletin) {
    List<Result> results = new ArrayList<>();
    for (Recipient r : claim.recipients()) {
      String text = SubscriberMessages.smsText(bulletin, links.unsubscribeUrl(r.subscriberId()));
      results.add(new Result(r, textMessages.send(r.address(), text)));
    }
    return results;
  }

  private List<Result> postToChannels(Claim claim, Bulletin bulletin, ChatKind kind) {
    List<Result> results = new ArrayList<>();
    for (Recipient r : claim.recipients()) {
      SendOutcome outcome =
          chat.post(
              new ChatDestination(kind, r.address(), null),
              SubscriberMessages.chatNotice(bulletin, links.unsubscribeUrl(r.subscriberId())));
      results.add(new Result(r, outcome));
    }
    return results;
  }
}
