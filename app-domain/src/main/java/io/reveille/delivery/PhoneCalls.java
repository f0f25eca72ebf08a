package io.reveille.delivery;

import java.net.URI;

/** Places phone calls that speak a message and listen for a keypress. */
public interface PhoneCalls {
  /**
   * Calls {@code to}, speaks {@code speech}, and asks for one key; the key pressed is posted to
   * {@code keypressCallback} (a Twilio gather action).
   *
   * @param to an E.164 phone number
   */
  SendOutcome call(String to, String speech, URI keypressCallback);
}
