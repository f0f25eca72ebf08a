package io.reveille.subscriber;

/**
 * A confirmation to send once the subscription is committed: the e-mail link, or the texted code
 * (kept only here, in memory; the database holds its digest).
 */
record ConfirmationRequested(long subscriberId, SubscriberKind kind, String address, String code) {
  @Override
  public String toString() {
    return "ConfirmationRequested[" + subscriberId + ", " + kind + "]";
  }
}
