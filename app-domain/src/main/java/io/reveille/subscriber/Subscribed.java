package io.reveille.subscriber;

import java.net.URI;

/**
 * What subscribing came to, for the page or the API to say.
 *
 * @param signingSecret a new webhook subscriber's HMAC key: shown this once, never again
 * @param enterCodeUrl where a text-message subscriber types the code they were sent
 */
public record Subscribed(
    Outcome outcome,
    SubscriberKind kind,
    String address,
    SubscriberState state,
    String signingSecret,
    URI enterCodeUrl) {

  public enum Outcome {
    /** An e-mail with a confirmation link is on its way. */
    CONFIRMATION_SENT,
    /** A text message with a code is on its way. */
    CODE_SENT,
    /** A webhook or channel subscribed at once. */
    SUBSCRIBED,
    /** The address was already confirmed; nothing changed. */
    ALREADY_SUBSCRIBED
  }
}
