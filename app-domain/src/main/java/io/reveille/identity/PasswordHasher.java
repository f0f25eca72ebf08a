package io.reveille.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's 2023 figure), stored as {@code
 * pbkdf2-sha512$iterations$salt$hash} so the cost can be raised later without breaking old hashes.
 */
public final class PasswordHasher {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final String PREFIX = "pbkdf2-sha512";
  static final int ITERATIONS = 210_000;

  /** Far above any cost we would choose; a larger stored count would only stall the sign-in. */
  private static final int MAX_ITERATIONS = 10_000_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHasher() {}

  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /**
   * Whether the password matches the stored hash. A stored value that is not a hash of ours
   * (corrupt, hand-edited, absurd cost) never matches: sign-in is refused, it does not fail.
   */
  public static boolean matches(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1
          || iterations > MAX_ITERATIONS
          || salt.length == 0
          || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Spends the same time as a real check, so a missing user can't be told apart by timing. */
  static void burn(String password) {
    derive(password, new byte[16], ITERATIONS);
  }

  static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    }
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }
}
