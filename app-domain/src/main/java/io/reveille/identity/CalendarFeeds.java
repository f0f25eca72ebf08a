package io.reveille.identity;

import io.reveille.shared.InstallationKeys;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.PublicUrl;
import io.reveille.shared.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret calendar addresses: calendar apps subscribe to a URL and can't sign in, so a person's feed
 * address carries a token that stands for them, readable only by whoever has the address. The token
 * is the username and a signature over it and the person's password hash, under a key generated
 * once per installation: setting a new password replaces every address a person handed out, and a
 * disabled person's addresses stop working. Removing the installation key "calendar-feeds" (and
 * restarting, as nodes keep the key in memory) replaces everyone's.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {
  static final String KEY_NAME = "calendar-feeds";

  /** A username (as {@link IdentityService} allows them), a dot, a signature. */
  private static final Pattern TOKEN =
      Pattern.compile("([a-z0-9][a-z0-9._-]{1,63})\\.([A-Za-z0-9_-]{43})");

  @Inject IdentityService identities;
  @Inject InstallationKeys installationKeys;

  private SigningKey key;

  @PostConstruct
  void signingKey() {
    key = new SigningKey(installationKeys, KEY_NAME);
  }

  /** {@code username}'s calendar addresses. */
  public Addresses of(String username) {
    Person person =
        identities
            .find(username)
            .orElseThrow(
                () -> new NotFoundException("There is no person called '" + username + "'."));
    return new Addresses(PublicUrl.base() + "/calendar/" + token(key, person));
  }

  /** One person's calendar addresses, all under {@code /calendar/{token}}. */
  public record Addresses(String base) {
    /** Their own shifts on every schedule. */
    public URI shifts() {
      return URI.create(base + ".ics");
    }

    /** A schedule's shifts, read as them. */
    public URI schedule(long scheduleId) {
      return URI.create(base + "/schedules/" + scheduleId + ".ics");
    }
  }

  /** The person a token stands for, if it is their current one and they may still sign in. */
  public Optional<Person> holder(String token) {
    return claimedUsername(token)
        .flatMap(identities::find)
        .filter(Person::enabled)
        .filter(person -> isTokenOf(key, person, token));
  }

  static String token(SigningKey key, Person person) {
    return person.username() + "." + key.sign(signed(person));
  }

  /** The username a token names, before anyone checked it; empty if it is not shaped as one. */
  static Optional<String> claimedUsername(String token) {
    Matcher m = TOKEN.matcher(token == null ? "" : token);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static boolean isTokenOf(SigningKey key, Person person, String token) {
    Matcher m = TOKEN.matcher(token == null ? "" : token);
    return m.matches()
        && m.group(1).equals(person.username())
        && key.signed(signed(person), m.group(2));
  }

  /**
   * What the signature covers. The password hash changes (new salt) with every new password; it
   * only ever goes into the HMAC, never into the address.
   */
  private static String signed(Person person) {
    return "calendar-feed\n" + person.username() + "\n" + person.passwordHash();
  }
}
