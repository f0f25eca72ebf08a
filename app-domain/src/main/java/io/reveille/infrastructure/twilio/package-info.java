/**
 * Text messages and phone calls through Twilio's official SDK, and the check that a callback really
 * comes from Twilio. Settings are read at every send, so an administrator's change applies to the
 * next page without a restart.
 */
package io.reveille.infrastructure.twilio;
