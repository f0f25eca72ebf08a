package io.reveille.incident;

import io.reveille.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number people say out loud: "INC-42". Parsing accepts "INC-42", "inc-42" and "42". */
public record IncidentNumber(long value) {
  private static final Pattern FORMAT = Pattern.compile("(?i)(?:INC-)?(\\d{1,18})");

  public IncidentNumber {
    if (value <= 0) {
      throw new InvalidInputException(
          "number", "An incident number is a positive number; write it as INC-42 or 42.");
    }
  }

  public static IncidentNumber parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      throw new InvalidInputException(
          "number", "'" + text + "' is not an incident number; write it as INC-42 or 42.");
    }
    return new IncidentNumber(Long.parseLong(matcher.group(1)));
  }

  @Override
  public String toString() {
    return "INC-" + value;
  }
}
