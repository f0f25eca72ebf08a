package io.reveille.composer;

import java.util.Arrays;
import java.util.Optional;

/** The {placeholders} a template may use, filled in from the incident when the composer opens. */
public enum Placeholder {
  PRODUCT("product", "The product's name, as the status page shows it"),
  IMPACTED_SERVICES(
      "impacted_services", "The affected public components, such as \"Payments API and Search\""),
  GENERAL_IMPACT("general_impact", "How many customers feel it, such as \"some customers\""),
  NEXT_UPDATE_TIME("next_update_time", "When the next update comes, such as \"14:30 UTC\"");

  private final String key;
  private final String meaning;

  Placeholder(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  /** As written in a template: {@code {product}}. */
  public String token() {
    return "{" + key + "}";
  }

  public String meaning() {
    return meaning;
  }

  static Optional<Placeholder> byKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }
}
