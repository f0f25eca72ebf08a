package io.reveille.escalation;

import io.reveille.shared.PublicUrl;
import io.reveille.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-time links that acknowledge a page as one person without signing in: the link in an
 * e-mail or a chat message is the credential. Signed with HMAC-SHA256 under a key generated once
 * per installation (shared by every node through the database); they expire, and a used link is
 * refused.
 */
@ApplicationScoped
@Transactional
public class AcknowledgementLinks {
  static final Duration VALID_FOR =
      Settings.get("reveille.escalation.link-valid-for")
          .map(Duration::parse)
          .orElse(Duration.ofHours(24));

  private static final String KEY_NAME = "acknowledgement-links";
  private static final Pattern TOKEN =
      Pattern.compile("(\\d{1,19})\\.([a-z0-9._-]{2,64})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InstallationKeys installationKeys;

  private volatile byte[] key;

  /** The link that acknowledges delivery {@code deliveryId}'s incident as {@code username}. */
  public URI linkFor(long deliveryId, String username) {
    long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
    String payload = deliveryId + "." + username + "." + expires;
    return URI.create(PublicUrl.base() + "/ack/" + payload + "." + sign(payload));
  }

  /** What a valid, unexpired, unused token says; it is not spent until {@link #spend}. */
  public Optional<Grant> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    var m = TOKEN.matcher(token);
    if (!m.matches()) {
      return Optional.empty();
    }
    String payload = m.group(1) + "." + m.group(2) + "." + m.group(3);
    byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, m.group(4).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    Instant expires = Instant.ofEpochSecond(Long.parseLong(m.group(3)));
    boolean used =
        !em.createNativeQuery("select digest from used_link where digest = ?")
            .setParameter(1, digest(token))
            .getResultList()
            .isEmpty();
    return Optional.of(
        new Grant(
            Long.parseLong(m.group(1)),
            m.group(2),
            expires,
            clock.instant().isAfter(expires),
            used));
  }

  /** Marks the token used; false if it already was (two clicks racing). */
  public boolean spend(String token) {
    try {
      em.createNativeQuery("insert into used_link (digest, used_at) values (?, ?)")
          .setParameter(1, digest(token))
          .setParameter(2, clock.instant())
          .executeUpdate();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }

  /** A verified token. */
  public record Grant(
      long deliveryId, String username, Instant expires, boolean expired, boolean used) {
    public boolean usable() {
      return !expired && !used;
    }
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signing key; created on first use (the bootstrap asks for it, so before any page). */
  byte[] key() {
    byte[] current = key;
    if (current == null) {
      try {
        current = installationKeys.getOrCreate(KEY_NAME);
      } catch (RuntimeException e) {
        // Another node or thread created it at the same moment: its key is the one to use.
        current = installationKeys.read(KEY_NAME).orElseThrow(() -> e);
      }
      key = current;
    }
    return current;
  }

  /** Makes sure the installation's signing key exists; the bootstrap calls it once. */
  public void prepare() {
    key();
  }
}
