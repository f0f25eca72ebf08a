package io.reveille.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, so rules about time can be tested against a fixed one. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The organisation's working time zone: business days and working hours are counted in it. */
  @Produces
  @OrganisationZone
  ZoneId organisationZone() {
    return Settings.get("reveille.time.zone").map(ZoneId::of).orElse(ZoneId.of("UTC"));
  }
}
