package io.reveille.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PBKDF2 with 210,000 iterations is slow on purpose, so the tests share one stored hash. */
class PasswordHasherTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    stored = PasswordHasher.hash(PASSWORD);
  }

  @Test
  void theRightPasswordMatchesItsHash() {
    assertThat(PasswordHasher.matches(PASSWORD, stored)).isTrue();
  }

  @Test
  void aWrongPasswordDoesNotMatch() {
    assertThat(PasswordHasher.matches("correct horse battery stapler", stored)).isFalse();
  }

  @Test
  void theComparisonIsCaseSensitive() {
    assertThat(PasswordHasher.matches(PASSWORD.toUpperCase(), stored)).isFalse();
  }

  @Test
  void hashingTheSamePasswordTwiceGivesDifferentSaltsAndHashes() {
    String again = PasswordHasher.hash(PASSWORD);

    assertThat(again).isNotEqualTo(stored);
    assertThat(again.split("\\$")[2]).isNotEqualTo(stored.split("\\$")[2]);
    assertThat(PasswordHasher.matches(PASSWORD, again)).isTrue();
  }

  @Test
  void theStoredFormNamesTheAlgorithmTheCostTheSaltAndTheHash() {
    assertThat(stored).startsWith("pbkdf2-sha512$210000$");
    String[] parts = stored.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(Base64.getDecoder().decode(parts[2])).as("salt").hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).as("hash").hasSize(64);
    assertThat(stored).doesNotContain(PASSWORD);
  }

  @Test
  void aHashStoredWithAnOlderCostStillMatches() throws Exception {
    byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 1000, 512))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String older =
        "pbkdf2-sha512$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);

    assertThat(PasswordHasher.matches(PASSWORD, older)).isTrue();
    assertThat(PasswordHasher.matches("something else", older)).isFalse();
  }

  @Test
  void aHashWithAnotherAlgorithmNameDoesNotMatch() {
    String renamed = stored.replaceFirst("^pbkdf2-sha512", "pbkdf2-sha256");

    assertThat(PasswordHasher.matches(PASSWORD, renamed)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a hash",
        "pbkdf2-sha512",
        "pbkdf2-sha512$210000$c2FsdA",
        "pbkdf2-sha512$210000$c2FsdA$aGFzaA$extra",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
        "pbkdf2-sha512$lots$AAAA$AAAA",
        "pbkdf2-sha512$1000$not*base64$AAAA",
        "pbkdf2-sha512$0$AAAA$AAAA",
        "pbkdf2-sha512$1000$$AAAA",
        "pbkdf2-sha512$2000000000$AAAA$AAAA"
      })
  void aMalformedStoredStringDoesNotMatchRatherThanFailing(String malformed) {
    assertThat(PasswordHasher.matches(PASSWORD, malformed)).isFalse();
  }

  @Test
  void aMissingStoredHashDoesNotMatch() {
    assertThat(PasswordHasher.matches(PASSWORD, null)).isFalse();
  }

  @Test
  void tokenDigestsAreHexSha256() {
    assertThat(PasswordHasher.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
