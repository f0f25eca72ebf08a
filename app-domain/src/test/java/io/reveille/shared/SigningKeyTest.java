package io.reveille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Signatures are HMAC-SHA256 as RFC 4231 computes it, written to fit in a URL. */
class SigningKeyTest {
  private static final SigningKey JEFE = new SigningKey("Jefe".getBytes(StandardCharsets.US_ASCII));

  @Test
  void signsAsRfc4231TestCase2InUnpaddedBase64Url() {
    // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843 in base64url
    assertThat(JEFE.sign("what do ya want for nothing?"))
        .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM")
        .hasSize(43);
  }

  @Test
  void recognisesItsOwnSignatureAndNothingElse() {
    String signature = JEFE.sign("pat");

    assertThat(JEFE.signed("pat", signature)).isTrue();
    assertThat(JEFE.signed("pam", signature)).isFalse();
    assertThat(JEFE.signed("pat", signature.toLowerCase())).isFalse();
    assertThat(JEFE.signed("pat", null)).isFalse();
    assertThat(new SigningKey(new byte[32]).signed("pat", signature)).isFalse();
  }
}
