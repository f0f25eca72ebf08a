package io.reveille.delivery;

/** Sends text messages (SMS). */
public interface TextMessages {
  /**
   * @param to an E.164 phone number such as {@code +14155550100}
   * @param body the whole message, at most 1,600 characters
   */
  SendOutcome send(String to, String body);
}
