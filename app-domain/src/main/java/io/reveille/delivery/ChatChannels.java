package io.reveille.delivery;

/** Posts incident messages to chat channels through their incoming webhooks. */
public interface ChatChannels {
  SendOutcome post(ChatDestination destination, Notice notice);
}
