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

  /**
   * Runs {@code build}; a refusal inside it names its fields under {@code prefix} (such as {@code
   * layers/0/}), so the answer points at the right part of a nested request.
   */
  public static <T> T prefixed(String prefix, java.util.function.Supplier<T> build) {
    return prefixed(prefix, java.util.Map.of(), build);
  }

  /** As {@link #prefixed(String, java.util.function.Supplier)}, renaming fields on the way. */
  public static <T> T prefixed(
      String prefix, java.util.Map<String, String> renames, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream()
              .map(
                  f ->
                      f.field().startsWith(prefix)
                          ? f
                          : new FieldError(
                              prefix + renames.getOrDefault(f.field(), f.field()), f.message()))
              .toList());
    }
  }
}
