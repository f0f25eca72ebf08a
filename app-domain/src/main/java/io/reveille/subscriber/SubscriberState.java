package io.reveille.subscriber;

import java.util.Locale;

/** Pending until the address is proven, confirmed while told, unsubscribed for good. */
public enum SubscriberState {
  PENDING,
  CONFIRMED,
  UNSUBSCRIBED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SubscriberState parse(String text) {
    if (text == null) {
      return null;
    }
    for (SubscriberState state : values()) {
      if (state.name().equalsIgnoreCase(text.strip())) {
        return state;
      }
    }
    return null;
  }
}
