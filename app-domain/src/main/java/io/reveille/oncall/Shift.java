package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time during which one person is on call for a schedule. {@code source} is the name
 * of the layer that put them there, or {@value Schedule#OVERRIDE_SOURCE} for an override.
 */
public record Shift(String username, Instant start, Instant end, String source) {
  public Shift {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", "A shift needs the username of who is on call.");
    }
    if (start == null || end == null || !end.isAfter(start)) {
      throw new InvalidInputException(
          "end", "A shift must end after it starts; it runs from " + start + " to " + end + ".");
    }
    if (source == null || source.isBlank()) {
      throw new InvalidInputException(
          "source", "A shift needs the layer or override it comes from.");
    }
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
