package io.reveille.delivery;

/**
 * Settings of the delivery providers. Each is read from the environment (or a system property) by
 * {@link #key()} first, then from what an administrator saved; secrets are never shown back.
 */
public enum ProviderSetting {
  TWILIO_ACCOUNT_SID("reveille.twilio.account-sid", false),
  TWILIO_AUTH_TOKEN("reveille.twilio.auth-token", true),
  /** The number text messages and calls come from, E.164. */
  TWILIO_FROM_NUMBER("reveille.twilio.from-number", false),
  /** Where the Twilio REST API is; only changed to point at a stand-in. */
  TWILIO_API_URL("reveille.twilio.api-url", false),
  /** The From address of e-mail. */
  MAIL_FROM("reveille.mail.from", false);

  private final String key;
  private final boolean secret;

  ProviderSetting(String key, boolean secret) {
    this.key = key;
    this.secret = secret;
  }

  public String key() {
    return key;
  }

  public boolean secret() {
    return secret;
  }
}
