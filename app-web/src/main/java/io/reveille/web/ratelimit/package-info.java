/**
 * Rate limits for endpoints anyone may call without signing in (subscribing sends e-mail and text
 * messages to addresses the caller chooses): a token bucket per client address, in memory on each
 * node, answering 429 with {@code Retry-After}.
 */
package io.reveille.web.ratelimit;
