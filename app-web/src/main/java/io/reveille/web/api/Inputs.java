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

  /** A time of day such as {@code 09:00}. */
  public static java.time.LocalTime time(String value, String field) {
    try {
      return value == null ? null : java.time.LocalTime.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Give a time of day such as 09:00, not '" + value + "'.");
    }
  }

  /** A date such as {@code 2026-11-23}. */
  public static java.time.LocalDate date(String value, String field) {
    try {
      return value == null ? null : java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Give a date such as 2026-11-23, not '" + value + "'.");
    }
  }

  /** An instant such as {@code 2026-11-23T09:00:00Z}; null when blank. */
  public static java.time.Instant instant(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value.strip()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Give a time with its offset, such as 2026-11-23T09:00:00Z, not '" + value + "'.");
    }
  }

  /** A time zone such as {@code Europe/Berlin}. */
  public static java.time.ZoneId zone(String value, String field) {
    try {
      return value == null ? null : java.time.ZoneId.of(value.strip());
    } catch (java.time.DateTimeException e) {
      throw new InvalidInputException(
          field, "Give a time zone such as Europe/Berlin, not '" + value + "'.");
    }
  }

  /** An ISO-8601 duration such as {@code PT5M}. */
  public static java.time.Duration duration(String value, String field) {
    try {
      return value == null ? null : java.time.Duration.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Give a duration such as PT5M (5 minutes), not '" + value + "'.");
    }
  }
}
