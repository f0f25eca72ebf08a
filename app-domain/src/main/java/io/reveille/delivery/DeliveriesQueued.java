package io.reveille.delivery;

/** Fired when deliveries were written to the outbox; observed after the commit to send at once. */
public record DeliveriesQueued(int count) {}
