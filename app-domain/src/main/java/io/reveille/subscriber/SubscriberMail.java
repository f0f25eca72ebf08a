package io.reveille.subscriber;

import io.reveille.delivery.SendOutcome;
import java.net.URI;

/**
 * Sends subscriber e-mail in batches over one connection to the mail server: a fan-out to 10,000
 * addresses must not open 10,000 SMTP sessions.
 */
public interface SubscriberMail {
  /** A connection for a batch of letters; close it when the batch is done. */
  Batch open();

  /** One open connection; not thread-safe, so one per sending thread. */
  interface Batch extends AutoCloseable {
    SendOutcome send(Letter letter);

    @Override
    void close();
  }

  /**
   * A plain-text e-mail to one subscriber. {@code unsubscribe} goes into the RFC 8058 one-click
   * headers; {@code notificationId} identifies it, so a resent e-mail can be recognised.
   */
  record Letter(String to, String subject, String text, URI unsubscribe, String notificationId) {}
}
