package io.reveille.infrastructure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A receiver accepts exactly what Reveille signed, recently, with the shared secret. */
class WebhookSignatureTest {
  private static final String SECRET = "whsec_5f1c0d2e";
  private static final String BODY = "{\"event\":\"incident.page\"}";
  private static final Instant SIGNED_AT = Instant.parse("2026-03-01T02:03:04Z");
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final String header = WebhookSignature.sign(SECRET, SIGNED_AT, BODY);

  @Test
  void acceptsTheSignedBodyWithinTheTolerance() {
    assertThat(verify(SECRET, header, BODY, SIGNED_AT.plusSeconds(299))).isTrue();
    assertThat(verify(SECRET, header, BODY, SIGNED_AT.minusSeconds(60))).isTrue();
  }

  @Test
  void refusesAReplayAfterTheTolerance() {
    assertThat(verify(SECRET, header, BODY, SIGNED_AT.plusSeconds(301))).isFalse();
  }

  @Test
  void refusesAnAlteredBodyAWrongSecretOrAMovedTimestamp() {
    assertThat(verify(SECRET, header, BODY.replace("page", "resolve"), SIGNED_AT)).isFalse();
    assertThat(verify("whsec_other", header, BODY, SIGNED_AT)).isFalse();
    String moved =
        header.replace("t=" + SIGNED_AT.getEpochSecond(), "t=" + (SIGNED_AT.getEpochSecond() + 60));
    assertThat(verify(SECRET, moved, BODY, SIGNED_AT)).isFalse();
  }

  @Test
  void refusesMissingOrMalformedHeaders() {
    assertThat(verify(SECRET, null, BODY, SIGNED_AT)).isFalse();
    assertThat(verify(SECRET, "", BODY, SIGNED_AT)).isFalse();
    assertThat(verify(SECRET, "v1=" + header.split("v1=")[1], BODY, SIGNED_AT)).isFalse();
    assertThat(verify(SECRET, "t=soon,v1=00", BODY, SIGNED_AT)).isFalse();
    assertThat(verify(SECRET, "t=" + Long.MAX_VALUE + ",v1=zz", BODY, SIGNED_AT)).isFalse();
  }

  @Test
  void acceptsAnyOfSeveralSignaturesWhileASecretIsRotated() {
    String rotating =
        "t="
            + SIGNED_AT.getEpochSecond()
            + ",v1="
            + "ab".repeat(32)
            + ",v1="
            + header.split("v1=")[1];
    assertThat(verify(SECRET, rotating, BODY, SIGNED_AT)).isTrue();
  }

  private static boolean verify(String secret, String header, String body, Instant now) {
    return WebhookSignature.verify(secret, header, body, now, TOLERANCE);
  }
}
