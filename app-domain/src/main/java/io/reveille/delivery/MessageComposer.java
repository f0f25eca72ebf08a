package io.reveille.delivery;

/**
 * Words a delivery at the moment it is sent (so the message shows the incident as it is then). Runs
 * inside a transaction; the outbox knows no incident details itself.
 */
public interface MessageComposer {
  ComposedMessage compose(Delivery delivery);
}
