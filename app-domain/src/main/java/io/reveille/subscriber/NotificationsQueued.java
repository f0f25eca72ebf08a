package io.reveille.subscriber;

/** An announcement to write outbox rows for; the dispatcher starts on it once it is committed. */
record NotificationsQueued(long announcementId) {}
