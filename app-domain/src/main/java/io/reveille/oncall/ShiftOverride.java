package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.Instant;

/**
 * Someone covering a schedule from {@code from} (inclusive) to {@code to}, replacing whoever the
 * layers give for that time.
 */
public record ShiftOverride(String username, Instant from, Instant to) {
  public ShiftOverride {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", "Say who covers during the override.");
    }
    if (from == null) {
      throw new InvalidInputException("from", "Choose when the override starts.");
    }
    if (to == null) {
      throw new InvalidInputException("to", "Choose when the override ends.");
    }
    if (!to.isAfter(from)) {
      throw new InvalidInputException(
          "to", "The override must end after it starts; it runs from " + from + " to " + to + ".");
    }
  }

  boolean covers(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }
}
