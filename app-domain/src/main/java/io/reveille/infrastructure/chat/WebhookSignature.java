package io.reveille.infrastructure.chat;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header of a generic webhook: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">}. Signing the time with the body lets a receiver refuse a replayed request after
 * the tolerance it chooses, as Stripe's webhooks do.
 */
public final class WebhookSignature {
  public static final String HEADER = "Reveille-Signature";
  private static final String HMAC = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value for {@code body}, sent at {@code at}. */
  public static String sign(String secret, Instant at, String body) {
    long seconds = at.getEpochSecond();
    return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
  }

  /**
   * Whether {@code header} is a signature of {@code body} with {@code secret}, made no further than
   * {@code tolerance} from {@code now}. Any of several {@code v1} values may match, so a receiver
   * keeps working while a secret is being rotated.
   */
  public static boolean verify(
      String secret, String header, String body, Instant now, Duration tolerance) {
    if (secret == null || secret.isEmpty() || header == null || body == null) {
      return false;
    }
    Long seconds = null;
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t")) {
        try {
          seconds = Long.parseLong(pair[1]);
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    if (seconds == null || !within(seconds, now, tolerance)) {
      return false;
    }
    byte[] expected = mac(secret, seconds, body);
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("v1") && matches(expected, pair[1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(long seconds, Instant now, Duration tolerance) {
    try {
      return Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) <= 0;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean matches(byte[] expected, String hex) {
    try {
      return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] mac(String secret, long seconds, String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
      return mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
