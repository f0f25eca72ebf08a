package io.reveille.delivery;

/** Sends plain-text e-mail. */
public interface Mail {
  SendOutcome send(String to, String subject, String text);
}
