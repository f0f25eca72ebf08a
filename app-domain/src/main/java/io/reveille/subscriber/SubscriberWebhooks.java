package io.reveille.subscriber;

import io.reveille.delivery.SendOutcome;
import java.util.concurrent.CompletableFuture;

/**
 * Posts signed JSON to webhook subscribers, several at a time. Implementations bound how many
 * requests are in flight, blocking the caller when the bound is reached.
 */
public interface SubscriberWebhooks {
  /**
   * Posts {@code json} to {@code url}, signed with HMAC-SHA256 under {@code signingSecret}; the
   * future never completes exceptionally, failures are outcomes.
   *
   * @param notificationId the same on every retry, so receivers can drop duplicates
   */
  CompletableFuture<SendOutcome> post(
      String url, String signingSecret, String json, String notificationId)
      throws InterruptedException;
}
