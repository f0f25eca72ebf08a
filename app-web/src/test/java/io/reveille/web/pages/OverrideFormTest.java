package io.reveille.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.oncall.ShiftOverride;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OverrideFormTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void theTimesAreLocalTimesInTheSchedulesZone() {
    ShiftOverride override =
        new OverrideForm("erin", "2026-11-24T09:00", "2026-11-24T17:30").toOverride(BERLIN);

    assertThat(override.username()).isEqualTo("erin");
    assertThat(override.from()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(override.to()).isEqualTo(Instant.parse("2026-11-24T16:30:00Z"));
  }

  @Test
  void aTimeSkippedBySpringForwardMovesLaterByTheGap() {
    ShiftOverride override =
        new OverrideForm("erin", "2026-03-29T02:30", "2026-03-29T09:00").toOverride(BERLIN);

    assertThat(override.from()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void everyMissingOrMalformedFieldIsNamedAtOnce() {
    InvalidInputException refused =
        catchThrowableOfType(
            () -> new OverrideForm(" ", "", "tomorrow").toOverride(BERLIN),
            InvalidInputException.class);

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("username", "from", "to");
    assertThat(refused.errors())
        .filteredOn(e -> e.field().equals("to"))
        .singleElement()
        .extracting(FieldError::message)
        .asString()
        .contains("2026-11-24T09:00", "'tomorrow'");
  }

  @Test
  void anOverrideEndingBeforeItStartsIsRefusedAtItsEnd() {
    InvalidInputException refused =
        catchThrowableOfType(
            () ->
                new OverrideForm("erin", "2026-11-24T17:00", "2026-11-24T09:00").toOverride(BERLIN),
            InvalidInputException.class);

    assertThat(refused.field()).isEqualTo("to");
    assertThat(refused.getMessage()).contains("must end after it starts");
  }
}
