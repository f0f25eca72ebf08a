package io.reveille.subscriber;

import io.reveille.shared.InstallationKeys;
import io.reveille.shared.PublicUrl;
import io.reveille.subscriber.SignedTokens.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The links in what subscribers receive: confirm an e-mail address, enter a texted code,
 * unsubscribe. Each carries a token signed under the installation's own key, so every node accepts
 * a link any node wrote, and no session or sign-in is needed.
 */
@ApplicationScoped
public class SubscriberLinks {
  static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
  static final Duration ENTER_CODE_WITHIN = Duration.ofHours(1);
  private static final String KEY_NAME = "subscriber-links";

  @Inject InstallationKeys installationKeys;
  @Inject Clock clock;

  private volatile SignedTokens tokens;

  public URI confirmUrl(long subscriberId) {
    return link(
        "confirm",
        tokens().sign(Purpose.CONFIRM, subscriberId, clock.instant().plus(CONFIRM_WITHIN)));
  }

  public URI enterCodeUrl(long subscriberId) {
    return link(
        "phone",
        tokens().sign(Purpose.ENTER_CODE, subscriberId, clock.instant().plus(ENTER_CODE_WITHIN)));
  }

  /** Never expires: the link in every message, and in the List-Unsubscribe header. */
  public URI unsubscribeUrl(long subscriberId) {
    return link("unsubscribe", tokens().sign(Purpose.UNSUBSCRIBE, subscriberId, null));
  }

  /**
   * A link shaped and sized like every subscriber's own unsubscribe link, for previews: a text
   * message's length, and so its segments, depend on it. It names no subscriber (ids start at 1).
   */
  public URI sampleUnsubscribeUrl() {
    return unsubscribeUrl(0);
  }

  Optional<Long> confirming(String token) {
    return tokens().verify(token, Purpose.CONFIRM, clock.instant());
  }

  Optional<Long> enteringCode(String token) {
    return tokens().verify(token, Purpose.ENTER_CODE, clock.instant());
  }

  Optional<Long> unsubscribing(String token) {
    return tokens().verify(token, Purpose.UNSUBSCRIBE, clock.instant());
  }

  private static URI link(String action, String token) {
    return URI.create(PublicUrl.base() + "/status/subscription/" + action + "/" + token);
  }

  private SignedTokens tokens() {
    SignedTokens current = tokens;
    if (current == null) {
      byte[] key;
      try {
        key = installationKeys.getOrCreate(KEY_NAME);
      } catch (RuntimeException e) {
        // Another node or thread created it at the same moment: its key is the one to use.
        key = installationKeys.read(KEY_NAME).orElseThrow(() -> e);
      }
      current = new SignedTokens(key);
      tokens = current;
    }
    return current;
  }

  /** Makes sure the key exists before the first request; the bootstrap calls it once. */
  public void prepare() {
    tokens();
  }
}
