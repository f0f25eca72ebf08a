package io.reveille.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Reveille's configuration: a system property ({@code reveille.admin.password}) wins over the
 * environment variable of the same name ({@code REVEILLE_ADMIN_PASSWORD}; dots and dashes become
 * underscores), so tests and operators can each use what suits them.
 */
public final class Settings {
  private Settings() {}

  public static Optional<String> get(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public static boolean flag(String key) {
    return get(key).map(Boolean::parseBoolean).orElse(false);
  }
}
