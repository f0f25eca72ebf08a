package io.reveille.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactMethodsTest {

  @Test
  void internationalNumbersAreAccepted() {
    assertThat(new ContactMethods("bob@example.com", "+14155550100", "U024BE7LH", null).problems())
        .isEmpty();
    assertThat(new ContactMethods(null, "+442071838750", null, null).problems()).isEmpty();
  }

  @Test
  void aNumberNotInE164FormIsRefusedWithTheFormExplained() {
    for (String phone :
        List.of(
            "0171 555 0100",
            "+0123456789",
            "14155550100",
            "+1 415 555 0100",
            "+1234567890123456")) {
      assertThat(new ContactMethods(null, phone, null, null).problems())
          .as(phone)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.field()).isEqualTo("phone");
                assertThat(e.message()).contains("E.164", "+14155550100");
              });
    }
  }

  @Test
  void blanksMeanNoneAndMarkupInAChatHandleIsRefused() {
    ContactMethods blank = new ContactMethods(" ", "", "  ", null);
    assertThat(blank.phone()).isNull();
    assertThat(blank.problems()).isEmpty();
    assertThat(new ContactMethods(null, null, "<!channel>", null).problems())
        .extracting(FieldError::field)
        .containsExactly("chatHandle");
  }

  @Test
  void anUnknownTimeZoneIsNamed() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(ContactMethods.zone("Mars/Olympus", errors)).isNull();
    assertThat(errors).extracting(FieldError::field).containsExactly("timeZone");
    assertThat(ContactMethods.zone("Europe/Lisbon", errors)).hasToString("Europe/Lisbon");
  }
}
