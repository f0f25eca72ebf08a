package io.reveille.shared;

import io.reveille.shared.InvalidInputException.FieldError;
import java.util.List;

/** The one rule for free text people type: present, long enough, not too long. */
public final class TextInput {
  private TextInput() {}

  /** Adds a problem for {@code field} to {@code errors} when {@code value} breaks the rule. */
  public static void check(
      List<FieldError> errors, String field, String value, int min, int max, String missing) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, missing));
    } else if (value.strip().length() < min) {
      errors.add(new FieldError(field, "Write at least " + min + " characters."));
    } else if (value.length() > max) {
      errors.add(
          new FieldError(field, "Keep it under " + String.format("%,d", max) + " characters."));
    }
  }
}
