package io.reveille.web.pages;

import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import java.util.HashMap;
import java.util.Map;

/** A refusal as a form shows it: each message next to its field, and the gist at the top. */
final class FormErrors {
  private FormErrors() {}

  static Map<String, String> of(DomainException e) {
    Map<String, String> errors = new HashMap<>();
    if (e instanceof InvalidInputException invalid) {
      invalid.errors().forEach(f -> errors.put(f.field(), f.message()));
    } else if (e.field() != null) {
      errors.put(e.field(), e.getMessage());
    }
    errors.put("form", e.getMessage());
    return errors;
  }
}
