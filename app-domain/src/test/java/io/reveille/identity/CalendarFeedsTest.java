package io.reveille.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.shared.SigningKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret calendar address stands for one person, as long as their password is the one it was made
 * with, under this installation's key, exactly as it was handed out.
 */
class CalendarFeedsTest {
  private static final SigningKey KEY = new SigningKey(filled(7));
  private static final String SIGNATURE_OF_43 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  private static final String SIGNATURE_OF_42 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

  private static String firstPassword;

  @BeforeAll
  static void hashOnce() {
    firstPassword = PasswordHasher.hash("correct horse battery staple");
  }

  @Test
  void theAddressNamesItsPersonAndIsTheirs() {
    Person pat = person("pat.night");
    String token = CalendarFeeds.token(KEY, pat);

    assertThat(token).startsWith("pat.night.").hasSize("pat.night.".length() + 43);
    assertThat(CalendarFeeds.claimedUsername(token)).contains("pat.night");
    assertThat(CalendarFeeds.isTokenOf(KEY, pat, token)).isTrue();
  }

  @Test
  void aNewPasswordReplacesTheAddress() {
    Person pat = person("pat");
    String before = CalendarFeeds.token(KEY, pat);

    pat.changePassword(PasswordHasher.hash("another long passphrase"));

    assertThat(CalendarFeeds.isTokenOf(KEY, pat, before)).isFalse();
    assertThat(CalendarFeeds.isTokenOf(KEY, pat, CalendarFeeds.token(KEY, pat))).isTrue();
  }

  @Test
  void anotherPersonsNameInFrontOfTheSignatureIsRefused() {
    Person pat = person("pat");
    Person sam = person("sam");
    String pats = CalendarFeeds.token(KEY, pat);
    String signature = pats.substring(pats.indexOf('.') + 1);

    assertThat(CalendarFeeds.isTokenOf(KEY, sam, "sam." + signature)).isFalse();
    assertThat(CalendarFeeds.isTokenOf(KEY, sam, pats)).isFalse();
  }

  @Test
  void anAddressFromAnotherInstallationIsRefused() {
    Person pat = person("pat");
    String elsewhere = CalendarFeeds.token(new SigningKey(filled(8)), pat);

    assertThat(CalendarFeeds.isTokenOf(KEY, pat, elsewhere)).isFalse();
  }

  @Test
  void aChangedSignatureIsRefused() {
    Person pat = person("pat");
    String token = CalendarFeeds.token(KEY, pat);
    char last = token.charAt(token.length() - 1);
    String changed = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(CalendarFeeds.isTokenOf(KEY, pat, changed)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "pat",
        "pat.",
        "." + SIGNATURE_OF_43,
        "Pat." + SIGNATURE_OF_43,
        "pat/../admin." + SIGNATURE_OF_43,
        "pat." + SIGNATURE_OF_42,
        "pat." + SIGNATURE_OF_43 + ".ics"
      })
  void somethingNotShapedAsAnAddressNamesNobody(String token) {
    assertThat(CalendarFeeds.claimedUsername(token)).isEmpty();
    assertThat(CalendarFeeds.isTokenOf(KEY, person("pat"), token)).isFalse();
  }

  private static Person person(String username) {
    return new Person(username, "Pat", null, firstPassword, Set.of(Role.RESPONDER), Instant.EPOCH);
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
