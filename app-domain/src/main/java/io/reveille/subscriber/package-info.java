/**
 * Subscribers: people and systems told about every public incident update and maintenance notice of
 * the components they chose, by e-mail (double opt-in, one-click unsubscribe), text message (after
 * a texted code), signed webhook, or a Slack or Teams channel. Announcements fan out through this
 * package's own durable outbox ({@link io.reveille.subscriber.Fanout}, {@link
 * io.reveille.subscriber.NotificationOutbox}, {@link
 * io.reveille.subscriber.NotificationDispatcher}).
 */
package io.reveille.subscriber;
