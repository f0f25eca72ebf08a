package io.reveille.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds: at once after the deciding transaction commits, and every second for
 * retries and for deliveries another node left behind. Each delivery is sent on its own managed
 * thread and outside any transaction, so a slow provider delays nothing else, and the escalation
 * clock (BPMN timers) never waits for a provider.
 */
@ApplicationScoped
public class DeliveryDispatcher {
  private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
  private static final int BATCH = 50;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  @Inject Outbox outbox;
  @Inject ChatChannels chat;
  @Inject TextMessages textMessages;
  @Inject PhoneCalls phoneCalls;
  @Inject Mail mail;

  private ScheduledFuture<?> poller;
  private final AtomicBoolean passQueued = new AtomicBoolean();

  /** Starts the poller; called once the schema exists. */
  public synchronized void start() {
    if (poller == null) {
      poller = scheduler.scheduleWithFixedDelay(this::dispatchDue, 1, 1, TimeUnit.SECONDS);
    }
  }

  public synchronized void stop() {
    if (poller != null) {
      poller.cancel(false);
      poller = null;
    }
  }

  /**
   * A page writes several deliveries in one transaction, each announcing itself; one pass over the
   * outbox sends them all, so announcements that arrive while a pass is queued ride on it.
   */
  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
    if (passQueued.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            passQueued.set(false);
            dispatchDue();
          });
    }
  }

  void dispatchDue() {
    try {
      List<Long> claimed;
      do {
        claimed = outbox.claimDue(BATCH);
        for (Long id : claimed) {
          executor.execute(() -> deliver(id));
        }
      } while (claimed.size() == BATCH);
    } catch (RuntimeException e) {
      // The poller must survive a database hiccup; the next tick tries again.
      LOG.warnf("Could not claim deliveries: %s", e.toString());
    }
  }

  private void deliver(long deliveryId) {
    long started = System.nanoTime();
    SendOutcome outcome;
    try {
      Outbox.Prepared prepared = outbox.prepare(deliveryId);
      outcome = send(prepared.delivery(), prepared.message());
    } catch (RuntimeException e) {
      LOG.warnf(e, "Delivery %d could not be sent", deliveryId);
      outcome = new SendOutcome.Failed("Reveille could not prepare the message: " + e, true);
    }
    try {
      outbox.record(deliveryId, outcome, Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      // The claim expires and the delivery is sent again: at least once, never lost.
      LOG.warnf(e, "Could not record the outcome of delivery %d", deliveryId);
    }
  }

  private SendOutcome send(Delivery delivery, ComposedMessage message) {
    return switch (delivery.channel()) {
      case CHAT ->
          message.chat() == null
              ? new SendOutcome.NotConfigured("the team has no chat channel connected")
              : chat.post(message.chat(), message.notice());
      case SMS -> textMessages.send(delivery.address(), message.text());
      case VOICE ->
          phoneCalls.call(delivery.address(), message.speech(), message.keypressCallback());
      case EMAIL -> mail.send(delivery.address(), message.subject(), message.text());
    };
  }
}
