package io.reveille.oncall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Readable instants for the tests: local wall-clock times in a named zone. */
final class OnCallTimes {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private OnCallTimes() {}

  /** {@code local} such as "2026-01-05T09:00", read in {@code zone}. */
  static Instant at(String local, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(local), zone).toInstant();
  }

  static Instant berlin(String local) {
    return at(local, BERLIN);
  }

  static ZonedDateTime inBerlin(Instant instant) {
    return instant.atZone(BERLIN);
  }
}
