package io.reveille.infrastructure.chat;

import io.reveille.delivery.SendOutcome;
import io.reveille.shared.PrivateAddresses;
import io.reveille.shared.Settings;
import io.reveille.subscriber.SubscriberWebhooks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Posts status updates to webhook subscribers, signed like every Reveille webhook ({@value
 * WebhookSignature#HEADER}: {@code t=…,v1=…}). At most {@link #IN_FLIGHT} requests are in flight
 * per node: enough to keep a 100,000-subscriber fan-out fast, few enough not to flood receivers or
 * exhaust the node's sockets. Each is posted on a thread of its own pool, {@link #IN_FLIGHT}
 * threads that end when a minute idle.
 */
@ApplicationScoped
public class SignedSubscriberWebhooks implements SubscriberWebhooks {
  public static final String EVENT = "status.update";
  static final int IN_FLIGHT =
      Settings.get("reveille.subscribers.webhook-concurrency").map(Integer::parseInt).orElse(64);

  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory threads;

  private WebhookPost webhooks;
  private Clock clock;
  private Semaphore inFlight;
  private ThreadPoolExecutor senders;
  private boolean localReceiversAllowed;

  /** For CDI, which completes the bean in {@link #open()}. */
  public SignedSubscriberWebhooks() {}

  SignedSubscriberWebhooks(
      Duration timeout, Clock clock, int inFlight, boolean localReceiversAllowed) {
    this.webhooks = new WebhookPost(timeout, timeout);
    this.clock = clock;
    this.inFlight = new Semaphore(inFlight);
    this.senders = senders(inFlight, Executors.defaultThreadFactory());
    this.localReceiversAllowed = localReceiversAllowed;
  }

  @PostConstruct
  void open() {
    webhooks = new WebhookPost(Duration.ofSeconds(2), Duration.ofSeconds(5));
    clock = Clock.systemUTC();
    inFlight = new Semaphore(IN_FLIGHT);
    senders = senders(IN_FLIGHT, threads);
    // Tests and benchmarks post to receivers on this machine; nobody else should.
    localReceiversAllowed = Settings.flag("reveille.subscribers.local-webhooks");
  }

  @PreDestroy
  void close() {
    senders.shutdownNow();
  }

  private static ThreadPoolExecutor senders(int threads, ThreadFactory factory) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true); // a node that is not fanning out holds no threads
    return pool;
  }

  @Override
  public CompletableFuture<SendOutcome> post(
      String url, String signingSecret, String json, String notificationId)
      throws InterruptedException {
    URI target;
    try {
      target = new URI(url);
    } catch (URISyntaxException e) {
      return CompletableFuture.completedFuture(
          new SendOutcome.Failed("the webhook URL is not a URL", false));
    }
    if (target.getHost() == null
        || (!localReceiversAllowed && PrivateAddresses.resolvesPrivately(target.getHost()))) {
      // Checked again at each send: the name may have been pointed inside since sign-up.
      return CompletableFuture.completedFuture(
          new SendOutcome.Failed("the webhook's host is a local or private address", false));
    }
    if (signingSecret == null || signingSecret.isBlank()) {
      return CompletableFuture.completedFuture(
          new SendOutcome.NotConfigured("webhook signing secret"));
    }
    Instant now = clock.instant();
    Map<String, String> headers =
        Map.of(
            WebhookSignature.HEADER,
            WebhookSignature.sign(signingSecret, now, json),
            "Reveille-Event",
            EVENT,
            "Reveille-Notification",
            notificationId);
    inFlight.acquire();
    return webhooks
        .postOn(senders, "The webhook", target, json, headers)
        .whenComplete((outcome, failure) -> inFlight.release());
  }
}
