package io.reveille.delivery;

import java.net.URI;

/**
 * What one delivery says, ready for its channel: {@code notice} and {@code chat} for chat, {@code
 * text} for a text message, {@code speech} and {@code keypressCallback} for a call, {@code subject}
 * and {@code text} for e-mail. {@code chat} is null when the team has no channel connected.
 */
public record ComposedMessage(
    Notice notice,
    ChatDestination chat,
    String subject,
    String text,
    String speech,
    URI keypressCallback) {}
