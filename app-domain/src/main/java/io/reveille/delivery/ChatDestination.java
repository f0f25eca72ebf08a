package io.reveille.delivery;

/**
 * A chat channel reached by an incoming webhook. {@code webhookUrl} is a credential (whoever has it
 * can post), and {@code signingSecret} is the HMAC key for {@link ChatKind#WEBHOOK} (null for the
 * others); neither is ever shown back to anyone.
 */
public record ChatDestination(ChatKind kind, String webhookUrl, String signingSecret) {
  @Override
  public String toString() {
    return "ChatDestination[" + kind + "]";
  }
}
