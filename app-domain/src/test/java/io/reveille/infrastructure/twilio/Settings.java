package io.reveille.infrastructure.twilio;

import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.ProviderSettings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Provider settings an administrator can change between two sends. */
final class Settings implements ProviderSettings {
  static final String ACCOUNT_SID = "AC00000000000000000000000000000042";
  static final String AUTH_TOKEN = "9f86d081884c7d659a2feaa0c55ad015";
  static final String FROM = "+15005550006";

  private final Map<ProviderSetting, String> values = new EnumMap<>(ProviderSetting.class);

  /** A complete Twilio account whose API is {@code apiUrl}. */
  static Settings twilioAt(String apiUrl) {
    return new Settings()
        .with(ProviderSetting.TWILIO_ACCOUNT_SID, ACCOUNT_SID)
        .with(ProviderSetting.TWILIO_AUTH_TOKEN, AUTH_TOKEN)
        .with(ProviderSetting.TWILIO_FROM_NUMBER, FROM)
        .with(ProviderSetting.TWILIO_API_URL, apiUrl);
  }

  Settings with(ProviderSetting setting, String value) {
    if (value == null) {
      values.remove(setting);
    } else {
      values.put(setting, value);
    }
    return this;
  }

  @Override
  public Optional<String> value(ProviderSetting setting) {
    return Optional.ofNullable(values.get(setting));
  }
}
