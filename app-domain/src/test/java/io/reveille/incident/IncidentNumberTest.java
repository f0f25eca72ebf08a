package io.reveille.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"INC-42", "inc-42", "Inc-42", " 42 ", "42", " INC-42\t", "INC-042"})
  void acceptsTheWaysPeopleWriteANumber(String text) {
    assertThat(IncidentNumber.parse(text)).isEqualTo(new IncidentNumber(42));
    assertThat(IncidentNumber.parse(text).value()).isEqualTo(42L);
  }

  @Test
  void isWrittenAsIncDashNumber() {
    assertThat(new IncidentNumber(42)).hasToString("INC-42");
    assertThat(IncidentNumber.parse("inc-7")).hasToString("INC-7");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "   ", "INC-", "abc", "INC-12x", "INC 42", "INC--42", "-42", "#42", "4 2"})
  void rejectsWhatIsNotANumberAndSaysHowToWriteOne(String text) {
    InvalidInputException error =
        catchThrowableOfType(InvalidInputException.class, () -> IncidentNumber.parse(text));

    assertThat(error.field()).isEqualTo("number");
    assertThat(error.getMessage()).contains("INC-42").contains("42").contains("not an incident");
    assertThat(error.errors()).hasSize(1);
  }

  @Test
  void quotesWhatTheUserTyped() {
    InvalidInputException error =
        catchThrowableOfType(InvalidInputException.class, () -> IncidentNumber.parse("INC-12x"));

    assertThat(error.getMessage())
        .isEqualTo("'INC-12x' is not an incident number; write it as INC-42 or 42.");
  }

  @Test
  void aNumberTooLongToBeOneIsRejectedAsInvalidInputNotAsACrash() {
    InvalidInputException error =
        catchThrowableOfType(
            InvalidInputException.class, () -> IncidentNumber.parse("INC-99999999999999999999"));

    assertThat(error.field()).isEqualTo("number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"INC-0", "0", "inc-000"})
  void rejectsZeroBecauseNumbersArePositive(String text) {
    InvalidInputException error =
        catchThrowableOfType(InvalidInputException.class, () -> IncidentNumber.parse(text));

    assertThat(error.field()).isEqualTo("number");
    assertThat(error.getMessage()).contains("positive");
  }

  @Test
  void cannotBeBuiltFromZeroOrANegativeValue() {
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> new IncidentNumber(0)).field())
        .isEqualTo("number");
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> new IncidentNumber(-3)).field())
        .isEqualTo("number");
  }
}
