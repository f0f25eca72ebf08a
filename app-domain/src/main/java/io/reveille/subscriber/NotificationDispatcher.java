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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  @Inject Fanout fanout;
  @Inject NotificationOutbox outbox;
  @Inject Bulletins bulletins;
  @Inject SubscriberLinks links;
  @Inject SubscriberMail mail;
  @Inject SubscriberWebhooks webhooks;
  @Inject TextMessages textMessages;
  @Inject ChatChannels chat;
  @Inject Clock clock;

  private final Map<SubscriberKind, Lane> lanes = new EnumMap<>(SubscriberKind.class);
  private final OneAtATime expansion = new OneAtATime("fan-out", this::expandOne);
  private ExecutorService pool;
  private ExecutorService mailSenders;
  private ScheduledFuture<?> poller;

  /** Starts the lanes and the poller; called once the schema exists. */
  public synchronized void start() {
    if (poller != null) {
      return;
    }
    // One thread per lane and one writing outbox rows, so a lane never waits for a thread; the
    // SMTP connections have their own, so a lane's next claim queues behind the one being sent.
    pool = Executors.newFixedThreadPool(SubscriberKind.values().length + 1, threads);
    mailSenders = Executors.newFixedThreadPool(MAIL_CONNECTIONS, threads);
    lanes.put(
        SubscriberKind.EMAIL,
        new Lane(SubscriberKind.EMAIL, 100 * MAIL_CONNECTIONS, 2, this::sendMail));
    lanes.put(SubscriberKind.WEBHOOK, new Lane(SubscriberKind.WEBHOOK, 512, 2, this::postWebhooks));
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
      mailSenders.shutdownNow();
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued queued) {
    wakeAll();
  }

  private void wakeAll() {
    expansion.wake();
    wakeLanes();
  }

  private void wakeLanes() {
    lanes.values().forEach(Lane::wake);
  }

  /**
   * Writes one chunk of outbox rows for the oldest announcement that still needs them and wakes the
   * lanes, so the first messages leave while the rest of the rows are written.
   */
  private boolean expandOne() {
    List<Long> waiting = fanout.unexpanded();
    if (waiting.isEmpty()) {
      return false;
    }
    OptionalInt written = fanout.expandNextChunk(waiting.get(0));
    if (written.isPresent() && written.getAsInt() > 0) {
      wakeLanes();
    }
    return true;
  }

  /** Sends a claim's messages; returns one result per recipient. */
  private interface Sender {
    List<Result> send(Claim claim, Bulletin bulletin) throws InterruptedException;
  }

  /** Starts sending a claim's messages; what they came to is awaited later. */
  private interface Starter {
    Sending start(Claim claim, Bulletin bulletin) throws InterruptedException;
  }

  /** A claim being sent: one result per recipient once every answer is in. */
  private interface Sending {
    List<Result> results() throws InterruptedException;
  }

  /** Work of which at most one run goes on per node; a wake during a run runs it again. */
  private final class OneAtATime {
    private final String name;
    private final Step step;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    /** One step of the work; false when there is nothing left to do. */
    interface Step {
      boolean next() throws InterruptedException;
    }

    OneAtATime(String name, Step step) {
      this.name = name;
      this.step = step;
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
          while (step.next()) {
            // until nothing is due
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database hiccupped; the poller wakes the work again within a second.
        LOG.warnf("Subscriber %s stopped: %s", name, e.toString());
      } finally {
        running.set(false);
      }
      if (wanted.get() && !Thread.currentThread().isInterrupted()) {
        wake();
      }
    }
  }

  /**
   * One channel's sending. A lane keeps up to {@code window} claims in flight: while the last
   * answers of one claim come in, the next is already claimed and sending, so a slow receiver at
   * the end of a batch does not idle the lane.
   */
  private final class Lane {
    private final SubscriberKind kind;
    private final int batch;
    private final int window;
    private final Starter starter;
    private final OneAtATime work;
    private final Deque<Pending> inFlight = new ArrayDeque<>(); // the lane's own thread only

    /** A lane that sends each claim to the end before claiming the next. */
    Lane(SubscriberKind kind, int batch, Sender sender) {
      this(
          kind,
          batch,
          1,
          (claim, bulletin) -> {
            List<Result> results = sender.send(claim, bulletin);
            return () -> results;
          });
    }

    Lane(SubscriberKind kind, int batch, int window, Starter starter) {
      this.kind = kind;
      this.batch = batch;
      this.window = window;
      this.starter = starter;
      this.work =
          new OneAtATime(
              kind.name().toLowerCase(java.util.Locale.ROOT) + " lane", this::sendOneBatch);
    }

    void wake() {
      work.wake();
    }

    private record Pending(Claim claim, Sending sending) {}

    /** Records the oldest claim in flight once its answers are in. */
    private void recordOldest() throws InterruptedException {
      Pending oldest = inFlight.peekFirst();
      List<Result> results = oldest.sending().results();
      inFlight.removeFirst();
      // If this fails the leases run out and the batch is sent again: at least once.
      outbox.record(oldest.claim(), results);
    }

    private boolean sendOneBatch() throws InterruptedException {
      if (inFlight.size() >= window) {
        recordOldest();
      }
      Optional<Claim> claimed = outbox.claim(kind, batch);
      if (claimed.isEmpty()) {
        while (!inFlight.isEmpty()) {
          recordOldest();
        }
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
      inFlight.addLast(new Pending(claim, starter.start(claim, bulletin.get())));
      return true;
    }
  }

  private Sending sendMail(Claim claim, Bulletin bulletin) {
    List<Recipient> recipients = claim.recipients();
    int connections = Math.max(1, Math.min(MAIL_CONNECTIONS, recipients.size() / 20));
    int share = (recipients.size() + connections - 1) / connections;
    String subject = SubscriberMessages.emailSubject(bulletin);
    String text = SubscriberMessages.emailTextUpToTheLink(bulletin);
    List<Future<List<Result>>> parts = new ArrayList<>();
    for (int from = 0; from < recipients.size(); from += share) {
      List<Recipient> part = recipients.subList(from, Math.min(recipients.size(), from + share));
      parts.add(
          mailSenders.submit(
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
    return () -> {
      List<Result> all = new ArrayList<>(recipients.size());
      for (Future<List<Result>> part : parts) {
        try {
          all.addAll(part.get());
        } catch (ExecutionException e) {
          // Not recorded: their leases run out and they are sent again.
          LOG.warnf("A mail sender failed: %s", e.getCause().toString());
        }
      }
      return all;
    };
  }

  private Sending postWebhooks(Claim claim, Bulletin bulletin) throws InterruptedException {
    // Every answer is in well before the claim's lease runs out: each post times out on its own
    // (5 s), and this bound keeps a post that never completes from holding the lane for ever.
    long answersBy = System.nanoTime() + NotificationOutbox.LEASE.minusSeconds(10).toNanos();
    List<CompletableFuture<SendOutcome>> posts = new ArrayList<>(claim.recipients().size());
    String afterMeta = SubscriberMessages.webhookJsonAfterMeta(bulletin);
    for (Recipient r : claim.recipients()) {
      String id = r.notificationId(claim.announcementId());
      String json =
          SubscriberMessages.webhookJson(
              afterMeta, id, links.unsubscribeUrl(r.subscriberId()), clock.instant());
      posts.add(webhooks.post(r.address(), r.signingSecret(), json, id));
    }
    return () -> {
      List<Result> results = new ArrayList<>(posts.size());
      for (int i = 0; i < posts.size(); i++) {
        results.add(
            new Result(
                claim.recipients().get(i), answer(posts.get(i), answersBy - System.nanoTime())));
      }
      return results;
    };
  }

  private static SendOutcome answer(CompletableFuture<SendOutcome> post, long nanosLeft)
      throws InterruptedException {
    try {
      return post.get(Math.max(0, nanosLeft), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      post.cancel(true);
      LOG.warn("A subscriber webhook had no outcome before its claim ran out; it is retried");
      return new SendOutcome.Failed("no answer before the claim ran out", true);
    } catch (ExecutionException e) {
      LOG.warnf("A subscriber webhook post failed: %s", e.getCause().toString());
      return new SendOutcome.Failed(
          "could not post: " + e.getCause().getClass().getSimpleName(), true);
    }
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
