package io.reveille.shared;

/** Something named in the request does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {
  public NotFoundException(String message) {
    super(null, message);
  }
}
