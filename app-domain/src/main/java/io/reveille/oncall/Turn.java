package io.reveille.oncall;

import io.reveille.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;

/** One participant's turn in a rotation: on call from {@code start} (inclusive) to {@code end}. */
public record Turn(String username, Instant start, Instant end) {
  public Turn {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", "A turn needs the username of who is on call.");
    }
    if (start == null || end == null || !end.isAfter(start)) {
      throw new InvalidInputException(
          "end", "A turn must end after it starts; it runs from " + start + " to " + end + ".");
    }
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
