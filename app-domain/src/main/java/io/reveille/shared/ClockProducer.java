package io.reveille.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One clock for the whole application, so rules about time can be tested against a fixed one. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.offset(Clock.systemUTC(), offset());
  }

  /**
   * How far Reveille's clock runs ahead of (or behind) the real one. Zero unless {@code
   * reveille.clock.starts-at} (such as {@code 2026-11-24T03:00}, in the organisation's zone) asks
   * the clock to start at another moment and tick from there: for drills ("it is 3 a.m. on a
   * Tuesday") and whole-system tests of time rules. The process engine's clock takes the same
   * offset, so its timers agree.
   */
  public static Duration offset() {
    return OFFSET;
  }

  private static final Duration OFFSET =
      Settings.get("reveille.clock.starts-at")
          .map(
              text ->
                  Duration.between(
                      Instant.now(),
                      LocalDateTime.parse(text)
                          .atZone(
                              Settings.get("reveille.time.zone")
                                  .map(ZoneId::of)
                                  .orElse(ZoneId.of("UTC")))
                          .toInstant()))
          .orElse(Duration.ZERO);

  /** The organisation's working time zone: business days and working hours are counted in it. */
  @Produces
  @OrganisationZone
  ZoneId organisationZone() {
    return Settings.get("reveille.time.zone").map(ZoneId::of).orElse(ZoneId.of("UTC"));
  }
}
