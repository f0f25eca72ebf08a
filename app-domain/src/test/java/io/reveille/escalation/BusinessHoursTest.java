package io.reveille.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reveille.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final BusinessHours hours = BusinessHours.parse("MON-FRI 09:00-17:00", BERLIN);

  @Test
  void threeInTheMorningOnATuesdayIsOutsideAndPagingStartsAtNineLocalTime() {
    Instant night = Instant.parse("2026-11-24T02:00:00Z"); // 03:00 in Berlin
    assertThat(hours.contains(night)).isFalse();
    assertThat(hours.nextStart(night)).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
  }

  @Test
  void fridayEveningWaitsForMonday() {
    Instant friday = Instant.parse("2026-11-27T17:30:00Z");
    assertThat(hours.contains(friday)).isFalse();
    assertThat(hours.nextStart(friday)).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
  }

  @Test
  void theStartIsInsideAndTheEndIsNot() {
    assertThat(hours.contains(Instant.parse("2026-11-24T08:00:00Z"))).isTrue();
    assertThat(hours.contains(Instant.parse("2026-11-24T15:59:59Z"))).isTrue();
    assertThat(hours.contains(Instant.parse("2026-11-24T16:00:00Z"))).isFalse();
  }

  @Test
  void theNextStartFollowsDaylightSavingTime() {
    // Berlin moves to summer time on Sunday 29 March 2026: 09:00 is then 07:00 UTC.
    Instant saturday = Instant.parse("2026-03-28T12:00:00Z");
    assertThat(hours.nextStart(saturday)).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
  }

  @Test
  void aWeekThatWrapsAroundSundayIsUnderstood() {
    BusinessHours weekend = BusinessHours.parse("sat-mon 10:00-14:00", ZoneId.of("UTC"));
    assertThat(weekend.contains(Instant.parse("2026-11-29T11:00:00Z"))).as("Sunday").isTrue();
    assertThat(weekend.contains(Instant.parse("2026-11-25T11:00:00Z"))).as("Wednesday").isFalse();
  }

  @Test
  void nonsenseIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> BusinessHours.parse("weekdays 9 to 5", BERLIN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("MON-FRI 09:00-17:00");
    assertThatThrownBy(() -> BusinessHours.parse("MON-FRI 17:00-09:00", BERLIN))
        .isInstanceOf(InvalidInputException.class);
  }
}
