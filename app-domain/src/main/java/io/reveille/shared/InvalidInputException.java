package io.reveille.shared;

import java.util.List;

/**
 * One or more inputs are invalid; every problem is reported at once so a form can show them all.
 */
public class InvalidInputException extends DomainException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.get(0).field(), errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One invalid input and what is wrong with it, phrased for the person who typed it. */
  public record FieldError(String field, String message) {}
}
