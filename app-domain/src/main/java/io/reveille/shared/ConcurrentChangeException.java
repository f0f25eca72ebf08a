package io.reveille.shared;

/** Somebody else changed the same thing first; the caller should reload and try again. */
public class ConcurrentChangeException extends DomainException {
  public ConcurrentChangeException(String message) {
    super("version", message);
  }
}
