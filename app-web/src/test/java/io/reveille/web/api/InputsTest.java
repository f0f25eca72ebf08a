package io.reveille.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.Visibility;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {

  @ParameterizedTest
  @ValueSource(strings = {"investigating", "INVESTIGATING", "Investigating", "  investigating\t"})
  void parsesRegardlessOfCaseAndSurroundingSpace(String value) {
    assertThat(Inputs.parse(IncidentStatus.class, value, "status"))
        .isEqualTo(IncidentStatus.INVESTIGATING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"in_progress", "in-progress", "in progress", "In-Progress", "IN PROGRESS"})
  void readsDashesAndSpacesAsUnderscores(String value) {
    assertThat(Inputs.parse(ActionItemState.class, value, "state"))
        .isEqualTo(ActionItemState.IN_PROGRESS);
  }

  @Test
  void parsesEveryEnumTheApiTakes() {
    assertThat(Inputs.parse(Visibility.class, "public", "visibility")).isEqualTo(Visibility.PUBLIC);
    assertThat(Inputs.parse(IncidentRole.class, "communications-lead", "role"))
        .isEqualTo(IncidentRole.COMMUNICATIONS_LEAD);
    assertThat(Inputs.parse(IncidentRole.class, "tech_lead", "role"))
        .isEqualTo(IncidentRole.TECH_LEAD);
    assertThat(Inputs.parse(ReviewDecision.class, "changes requested", "decision"))
        .isEqualTo(ReviewDecision.CHANGES_REQUESTED);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n"})
  void nothingOrBlankIsNull(String value) {
    assertThat(Inputs.parse(IncidentStatus.class, value, "status")).isNull();
  }

  @Test
  void anUnknownValueNamesTheFieldAndTheAcceptedValues() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Inputs.parse(IncidentStatus.class, "fixed", "status"));

    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("status");
    assertThat(e.getMessage())
        .contains("'fixed'")
        .contains("investigating, identified, monitoring, resolved, closed");
    assertThat(e.errors()).containsExactly(new FieldError("status", e.getMessage()));
  }

  @Test
  void theAcceptedValuesAreSpelledAsTheyAreAccepted() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Inputs.parse(ActionItemState.class, "started", "actionItems[2].state"));

    assertThat(e.field()).isEqualTo("actionItems[2].state");
    assertThat(e.getMessage()).contains("open, in_progress, done");
  }

  @Test
  void aValueThatOnlyLooksLikeAConstantIsRefused() {
    assertThatThrownBy(() -> Inputs.parse(Visibility.class, "public!", "visibility"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Inputs.parse(Visibility.class, "pub lic", "visibility"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void parsingDoesNotDependOnTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "i".toUpperCase() is "İ"
      assertThat(Inputs.parse(IncidentStatus.class, "identified", "status"))
          .isEqualTo(IncidentStatus.IDENTIFIED);
      assertThat(Inputs.parse(Visibility.class, "internal", "visibility"))
          .isEqualTo(Visibility.INTERNAL);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void requireReturnsTheValue() {
    assertThat(Inputs.require(Visibility.class, "internal", "visibility", "Choose one."))
        .isEqualTo(Visibility.INTERNAL);
  }

  @Test
  void requireRefusesNothingWithTheGivenMessage() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Inputs.require(Visibility.class, " ", "visibility", "Choose one."));

    assertThat(e.field()).isEqualTo("visibility");
    assertThat(e.getMessage()).isEqualTo("Choose one.");
  }

  @Test
  void requireRefusesAnUnknownValueLikeParse() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Inputs.require(Visibility.class, "secret", "visibility", "Choose one."));

    assertThat(e.field()).isEqualTo("visibility");
    assertThat(e.getMessage()).contains("public, internal");
  }
}
