package io.reveille.shared;

/** The caller is signed in but their role in this incident does not allow the action. */
public class ForbiddenActionException extends DomainException {
  public ForbiddenActionException(String message) {
    super(null, message);
  }
}
