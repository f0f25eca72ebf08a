/**
 * Getting a message to a person or a channel: the durable outbox of deliveries and the capability
 * interfaces of the outside systems that carry them (chat webhooks, text messages, phone calls,
 * e-mail). Adapters live in {@code io.reveille.infrastructure}; nothing here knows a provider.
 */
package io.reveille.delivery;
