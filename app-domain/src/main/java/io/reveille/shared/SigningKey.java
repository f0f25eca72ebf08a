package io.reveille.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One secret that signs what Reveille hands out as a credential (acknowledgement links, calendar
 * feed addresses): HMAC-SHA256, written as 43 characters of unpadded base64url so it fits in a URL.
 * The key is an installation key, read or created on first use and then kept in memory.
 */
public final class SigningKey {
  private final InstallationKeys keys;
  private final String name;
  private volatile byte[] value;

  /** The installation key called {@code name}; {@code keys} must be the injected bean. */
  public SigningKey(InstallationKeys keys, String name) {
    this.keys = keys;
    this.name = name;
  }

  /** A key held elsewhere, such as in a test. */
  public SigningKey(byte[] value) {
    this.keys = null;
    this.name = null;
    this.value = value.clone();
  }

  public String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code signature} is this key's over {@code payload}, compared in constant time. */
  public boolean signed(String payload, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(payload).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** Makes sure the key exists now rather than on the first signature. */
  public void prepare() {
    bytes();
  }

  private byte[] bytes() {
    byte[] current = value;
    if (current == null) {
      try {
        current = keys.getOrCreate(name);
      } catch (RuntimeException e) {
        // Another node or thread created it at the same moment: its key is the one to use.
        current = keys.read(name).orElseThrow(() -> e);
      }
      value = current;
    }
    return current;
  }
}
