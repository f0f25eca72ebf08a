package io.reveille.shared;

/**
 * The request is well formed but the current state of the incident does not allow it, for example
 * moving a resolved incident back to investigating.
 */
public class RuleViolationException extends DomainException {
  public RuleViolationException(String field, String message) {
    super(field, message);
  }
}
