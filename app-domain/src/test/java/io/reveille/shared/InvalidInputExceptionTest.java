package io.reveille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void keepsEveryFieldErrorInOrderAndLeadsWithTheFirst() {
    List<FieldError> errors =
        List.of(
            new FieldError("title", "Give the incident a short title."),
            new FieldError("summary", "Keep the summary under 4,000 characters."),
            new FieldError("customerImpact", "Say how many customers are affected."));

    InvalidInputException exception = new InvalidInputException(errors);

    assertThat(exception.errors()).containsExactlyElementsOf(errors);
    assertThat(exception.field()).isEqualTo("title");
    assertThat(exception.getMessage()).isEqualTo("Give the incident a short title.");
  }

  @Test
  void theErrorsAreCopiedSoLaterChangesDoNotLeakIn() {
    List<FieldError> errors = new ArrayList<>();
    errors.add(new FieldError("title", "Give the incident a short title."));
    InvalidInputException exception = new InvalidInputException(errors);

    errors.add(0, new FieldError("summary", "Too long."));

    assertThat(exception.errors()).extracting(FieldError::field).containsExactly("title");
    assertThat(exception.field()).isEqualTo("title");
  }

  @Test
  void aSingleFieldErrorIsTheWholeException() {
    InvalidInputException exception =
        new InvalidInputException("page", "Pages are counted from 0.");

    assertThat(exception.field()).isEqualTo("page");
    assertThat(exception.getMessage()).isEqualTo("Pages are counted from 0.");
    assertThat(exception.errors())
        .containsExactly(new FieldError("page", "Pages are counted from 0."));
  }

  @Test
  void isADomainExceptionTheEdgeCanMap() {
    assertThat(new InvalidInputException("page", "Pages are counted from 0."))
        .isInstanceOf(DomainException.class);
  }
}
