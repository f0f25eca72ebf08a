package io.reveille.web.api;

import io.reveille.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of request values with an answer that names the field and the accepted values. */
public final class Inputs {
  private Inputs() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String normalised = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(type, normalised);
    } catch (IllegalArgumentException e) {
      String accepted =
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new InvalidInputException(field, "'" + value + "' is not one of: " + accepted + ".");
    }
  }

  public static <E extends Enum<E>> E require(
      Class<E> type, String value, String field, String missing) {
    E parsed = parse(type, value, field);
    if (parsed == null) {
      throw new InvalidInputException(field, missing);
    }
    return parsed;
  }
}
