package io.reveille.infrastructure.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.delivery.ProviderSetting;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Only Twilio, which knows the auth token, can post a keypress that acknowledges a page. */
class TwilioRequestSignaturesTest {
  private static final String URL =
      "https://reveille.example/twilio/keypress?delivery=d-17&attempt=2";
  private static final Map<String, String> KEYPRESS =
      Map.of("CallSid", "CA5ef8732a3c49700934481addd5ce1659", "Digits", "1", "To", "+14155550100");

  private final Settings settings = Settings.twilioAt(null);
  private final TwilioRequestSignatures signatures = new TwilioRequestSignatures(settings);

  @Test
  void acceptsAKeypressSignedWithTheAuthToken() throws Exception {
    assertThat(signatures.isValid(URL, KEYPRESS, sign(Settings.AUTH_TOKEN, URL, KEYPRESS)))
        .isTrue();
  }

  @Test
  void refusesAKeypressWhoseFormOrUrlWasChanged() throws Exception {
    String signature = sign(Settings.AUTH_TOKEN, URL, KEYPRESS);
    Map<String, String> otherDigit = new TreeMap<>(KEYPRESS);
    otherDigit.put("Digits", "2");

    assertThat(signatures.isValid(URL, otherDigit, signature)).isFalse();
    assertThat(signatures.isValid(URL.replace("d-17", "d-18"), KEYPRESS, signature)).isFalse();
  }

  @Test
  void refusesASignatureMadeWithAnotherToken() throws Exception {
    assertThat(signatures.isValid(URL, KEYPRESS, sign("not-the-token", URL, KEYPRESS))).isFalse();
  }

  @Test
  void refusesAKeypressWithoutSignature() {
    assertThat(signatures.isValid(URL, KEYPRESS, null)).isFalse();
    assertThat(signatures.isValid(URL, KEYPRESS, " ")).isFalse();
  }

  @Test
  void refusesEverythingWhileNoAuthTokenIsConfigured() throws Exception {
    String signedBeforeTheTokenWasRemoved = sign(Settings.AUTH_TOKEN, URL, KEYPRESS);
    settings.with(ProviderSetting.TWILIO_AUTH_TOKEN, null);

    assertThat(signatures.isValid(URL, KEYPRESS, signedBeforeTheTokenWasRemoved)).isFalse();
  }

  /**
   * Twilio's documented scheme, written out here rather than borrowed from the SDK: HMAC-SHA1 of
   * the URL followed by each form field's name and value in name order, in base64.
   */
  private static String sign(String authToken, String url, Map<String, String> form)
      throws Exception {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
