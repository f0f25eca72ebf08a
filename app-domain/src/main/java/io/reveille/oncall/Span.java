package io.reveille.oncall;

import java.time.Instant;

/** A half-open interval [start, end) of instants. */
record Span(Instant start, Instant end) {
  boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
