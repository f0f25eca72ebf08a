package io.reveille.escalation;

import io.reveille.shared.InstallationKeys;
import io.reveille.shared.PublicUrl;
import io.reveille.shared.Settings;
import io.reveille.shared.SigningKey;
import jakarta.annotation.PostConstruct;
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
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

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

  private SigningKey key;

  @PostConstruct
  void signingKey() {
    key = new SigningKey(installationKeys, KEY_NAME);
  }

  /** The link that acknowledges delivery {@code deliveryId}'s incident as {@code username}. */
  public URI linkFor(long deliveryId, String username) {
    long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
    String payload = deliveryId + "." + username + "." + expires;
    return URI.create(PublicUrl.base() + "/ack/" + payload + "." + key.sign(payload));
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
    if (!key.signed(payload, m.group(4))) {
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

  private static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Makes sure the installation's signing key exists; the bootstrap calls it once. */
  public void prepare() {
    key.prepare();
  }
}
