package io.reveille.delivery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of the delivery providers. Each is read from the environment (or a system property) by
 * {@link #key()} first, then from what an administrator saved; secrets are never shown back. Each
 * knows the form its value takes, so a typo is refused when it is saved rather than noticed the
 * night a page does not go out.
 */
public enum ProviderSetting {
  TWILIO_ACCOUNT_SID(
      "reveille.twilio.account-sid",
      false,
      "AC[0-9a-fA-F]{32}",
      "Give the account SID from the Twilio console: AC followed by 32 letters and digits."),
  TWILIO_AUTH_TOKEN(
      "reveille.twilio.auth-token",
      true,
      "\\S{16,200}",
      "Paste the auth token from the Twilio console, without spaces."),
  /** The number text messages and calls come from, E.164. */
  TWILIO_FROM_NUMBER(
      "reveille.twilio.from-number",
      false,
      "\\+[1-9][0-9]{6,14}",
      "Give the number in international (E.164) form: a plus, the country code and the number,"
          + " such as +14155550100."),
  /** Where the Twilio REST API is; only changed to point at a stand-in. */
  TWILIO_API_URL(
      "reveille.twilio.api-url",
      false,
      "https?://[^\\s/?#]+(/\\S{0,1000})?",
      "Give an http:// or https:// address, such as https://api.twilio.com."),
  /** The From address of e-mail, bare or with a name: {@code Reveille <pager@example.com>}. */
  MAIL_FROM(
      "reveille.mail.from",
      false,
      "[^@\\s<>]{1,64}@[^@\\s<>]{1,255}|[^<>]{1,100}<[^@\\s<>]{1,64}@[^@\\s<>]{1,255}>",
      "Give an e-mail address such as pager@example.com, or Reveille <pager@example.com>.");

  private final String key;
  private final boolean secret;
  private final Pattern form;
  private final String advice;

  ProviderSetting(String key, boolean secret, String form, String advice) {
    this.key = key;
    this.secret = secret;
    this.form = Pattern.compile(form);
    this.advice = advice;
  }

  public String key() {
    return key;
  }

  public boolean secret() {
    return secret;
  }

  /** What is wrong with {@code value}, phrased for the person who typed it; blank clears. */
  public Optional<String> problemWith(String value) {
    if (value == null || value.isBlank() || form.matcher(value.strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(advice);
  }
}
