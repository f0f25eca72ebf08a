package io.reveille.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.subscriber.SignedTokens.Purpose;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The links in subscriber messages: genuine, for one purpose, and until when. */
class SignedTokensTest {
  private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
  private final SignedTokens tokens = new SignedTokens(key("installation one"));

  @Test
  void aTokenNamesItsSubscriberForItsPurposeOnly() {
    String confirm = tokens.sign(Purpose.CONFIRM, 42, NOW.plus(Duration.ofDays(7)));

    assertThat(tokens.verify(confirm, Purpose.CONFIRM, NOW)).contains(42L);
    assertThat(tokens.verify(confirm, Purpose.UNSUBSCRIBE, NOW)).isEmpty();
    assertThat(tokens.verify(confirm, Purpose.ENTER_CODE, NOW)).isEmpty();
  }

  @Test
  void anExpiredTokenIsRefusedButAnUnsubscribeLinkNeverExpires() {
    String confirm = tokens.sign(Purpose.CONFIRM, 42, NOW.plus(Duration.ofDays(7)));
    String unsubscribe = tokens.sign(Purpose.UNSUBSCRIBE, 42, null);

    assertThat(tokens.verify(confirm, Purpose.CONFIRM, NOW.plus(Duration.ofDays(8)))).isEmpty();
    assertThat(tokens.verify(unsubscribe, Purpose.UNSUBSCRIBE, NOW.plus(Duration.ofDays(3650))))
        .contains(42L);
  }

  @Test
  void aChangedSubscriberExpiryOrSignatureIsRefused() {
    String token = tokens.sign(Purpose.UNSUBSCRIBE, 42, null);
    String[] parts = token.split("\\.");

    assertThat(tokens.verify("u43." + parts[1] + "." + parts[2], Purpose.UNSUBSCRIBE, NOW))
        .isEmpty();
    assertThat(tokens.verify("u42.9999999999." + parts[2], Purpose.UNSUBSCRIBE, NOW)).isEmpty();
    String flipped =
        parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
    assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + flipped, Purpose.UNSUBSCRIBE, NOW))
        .isEmpty();
  }

  @Test
  void anotherInstallationsTokenIsRefused() {
    String theirs = new SignedTokens(key("installation two")).sign(Purpose.UNSUBSCRIBE, 42, null);

    assertThat(tokens.verify(theirs, Purpose.UNSUBSCRIBE, NOW)).isEmpty();
  }

  @Test
  void garbageIsRefusedWithoutAnException() {
    for (String garbage :
        new String[] {
          null,
          "",
          "u",
          "u42",
          "u42.0.",
          "u42.0.x",
          "u99999999999999999999.0.abc",
          "<script>",
          "u42.0." + "A".repeat(43) + "/../x"
        }) {
      assertThat(tokens.verify(garbage, Purpose.UNSUBSCRIBE, NOW)).as(garbage).isEmpty();
    }
  }

  private static byte[] key(String text) {
    return (text + " ".repeat(32)).substring(0, 32).getBytes(StandardCharsets.UTF_8);
  }
}
