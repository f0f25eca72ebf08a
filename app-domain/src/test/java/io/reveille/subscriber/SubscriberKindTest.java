package io.reveille.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which addresses each channel takes, as typed by anyone on the public form. */
class SubscriberKindTest {

  @Test
  void eMailIsStoredInLowerCaseSoOnePersonSubscribesOnce() {
    assertThat(SubscriberKind.EMAIL.normalise("  Ana@Example.COM ", "address").value())
        .isEqualTo("ana@example.com");
    assertThat(SubscriberKind.EMAIL.normalise("ana", "address").problem().field())
        .isEqualTo("address");
  }

  @Test
  void phonesAreE164() {
    assertThat(SubscriberKind.SMS.normalise("+14155550100", "address").value())
        .isEqualTo("+14155550100");
    assertThat(SubscriberKind.SMS.normalise("0170 1234567", "address").problem().message())
        .contains("E.164");
  }

  @Test
  void webhooksArePublicHttpsUrls() {
    // Tests and benchmarks switch local webhooks on; this checks the rule as shipped.
    if (SubscriberKind.LOCAL_WEBHOOKS) {
      return;
    }
    assertThat(SubscriberKind.WEBHOOK.normalise("https://example.com/hook", "address").value())
        .isEqualTo("https://example.com/hook");
    for (String refused :
        new String[] {
          "http://example.com/hook",
          "https://localhost/hook",
          "https://127.0.0.1/hook",
          "https://10.0.0.8/hook",
          "https://[::1]/hook",
          "https://user:pw@example.com/hook",
          "javascript:alert(1)",
          "not a url"
        }) {
      assertThat(SubscriberKind.WEBHOOK.normalise(refused, "address").problem())
          .as(refused)
          .isNotNull();
    }
  }

  @Test
  void kindsAreReadAsTheApiAndCsvSpellThem() {
    assertThat(SubscriberKind.parse("email")).isEqualTo(SubscriberKind.EMAIL);
    assertThat(SubscriberKind.parse("E-Mail")).isEqualTo(SubscriberKind.EMAIL);
    assertThat(SubscriberKind.parse("microsoft_teams")).isEqualTo(SubscriberKind.TEAMS);
    assertThat(SubscriberKind.parse("fax")).isNull();
  }
}
