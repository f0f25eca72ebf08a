package io.reveille.web.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A representation rendered once and served many times: its bytes, type and strong ETag (a digest
 * of the bytes, so every node serving the same content gives the same tag).
 */
public record Rendition(byte[] body, String mediaType, String etag) {
  public static Rendition of(byte[] body, String mediaType) {
    return new Rendition(body, mediaType, digest(body));
  }

  public static Rendition of(String body, String mediaType) {
    return of(body.getBytes(StandardCharsets.UTF_8), mediaType);
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
