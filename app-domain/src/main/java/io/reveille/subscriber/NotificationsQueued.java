package io.reveille.subscriber;

/** New rows in the subscriber outbox; the dispatcher starts on them once they are committed. */
record NotificationsQueued(int count) {}
