package io.reveille.delivery;

/** What one attempt to hand a message to a provider came to. */
public sealed interface SendOutcome {

  /** The provider accepted the message; {@code reference} is its id for it, if it gave one. */
  record Sent(String reference) implements SendOutcome {}

  /**
   * The provider refused or could not be reached. {@code retryable} is false when trying again
   * cannot help (a 4xx other than 408/429, an invalid number), so the outbox stops retrying.
   */
  record Failed(String reason, boolean retryable) implements SendOutcome {}

  /** The channel has no provider configured; {@code what} says which setting is missing. */
  record NotConfigured(String what) implements SendOutcome {}
}
