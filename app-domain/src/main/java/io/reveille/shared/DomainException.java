package io.reveille.shared;

/**
 * A request the domain refuses for a business reason. Each subtype maps to one HTTP status at the
 * edge; {@link #field()} names the input that was wrong, when there is one, so a user is told what
 * to change.
 */
public abstract class DomainException extends RuntimeException {
  private final String field;

  protected DomainException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The name of the offending input, or {@code null} when the request as a whole is refused. */
  public String field() {
    return field;
  }
}
