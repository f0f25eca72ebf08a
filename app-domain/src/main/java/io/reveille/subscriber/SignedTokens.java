package io.reveille.subscriber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that say "subscriber 42 may do this until then", signed with HMAC-SHA256: {@code
 * <purpose><id>.<expires>.<signature>}, where an expiry of 0 means never (an unsubscribe link in a
 * years-old e-mail must still work). Verifying needs no database: the signature is the proof.
 */
final class SignedTokens {
  private static final String HMAC = "HmacSHA256";
  private static final Pattern TOKEN =
      Pattern.compile("([a-z])(\\d{1,19})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

  /** What a token lets its holder do. */
  enum Purpose {
    CONFIRM('c'),
    UNSUBSCRIBE('u'),
    ENTER_CODE('p');

    private final char letter;

    Purpose(char letter) {
      this.letter = letter;
    }
  }

  /** One initialised MAC per thread: a fan-out signs an unsubscribe link for every message. */
  private final ThreadLocal<Mac> macs;

  SignedTokens(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key.clone(), HMAC);
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(spec);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
              }
            });
  }

  /** A token for {@code purpose} on {@code subscriberId}; {@code expires} null for never. */
  String sign(Purpose purpose, long subscriberId, Instant expires) {
    String payload =
        purpose.letter
            + Long.toString(subscriberId)
            + "."
            + (expires == null ? 0 : seconds(expires));
    return payload + "." + mac(payload);
  }

  /** The subscriber a genuine, unexpired token for {@code purpose} names. */
  Optional<Long> verify(String token, Purpose purpose, Instant now) {
    if (token == null) {
      return Optional.empty();
    }
    var m = TOKEN.matcher(token);
    if (!m.matches() || m.group(1).charAt(0) != purpose.letter) {
      return Optional.empty();
    }
    String payload = m.group(1) + m.group(2) + "." + m.group(3);
    byte[] expected = mac(payload).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, m.group(4).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    long expires = Long.parseLong(m.group(3));
    if (expires != 0 && now.getEpochSecond() > expires) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(m.group(2)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static long seconds(Instant at) {
    return Math.max(1, at.getEpochSecond());
  }

  private String mac(String payload) {
    // doFinal resets the MAC for the next payload, keeping its key.
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(macs.get().doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
