package io.reveille.web.pages;

import static io.reveille.delivery.ProviderSetting.MAIL_FROM;
import static io.reveille.delivery.ProviderSetting.TWILIO_AUTH_TOKEN;
import static io.reveille.delivery.ProviderSetting.TWILIO_FROM_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ProviderFormTest {

  @Test
  void aSecretLeftEmptyKeepsWhatIsSaved() {
    ProviderForm form =
        ProviderForm.read(
            Posted.form("TWILIO_AUTH_TOKEN", "", "MAIL_FROM", "pager@example.com", "_csrf", "x"));

    assertThat(form.changes()).containsOnly(entry(MAIL_FROM, "pager@example.com"));
  }

  @Test
  void aTypedSecretReplacesTheSavedOne() {
    ProviderForm form = ProviderForm.read(Posted.form("TWILIO_AUTH_TOKEN", "a-new-token-1234567"));

    assertThat(form.changes()).containsOnly(entry(TWILIO_AUTH_TOKEN, "a-new-token-1234567"));
    assertThat(form.typedSecret(TWILIO_AUTH_TOKEN)).isTrue();
  }

  @Test
  void onlyTheClearBoxRemovesASecretAndItWinsOverOneTypedBesideIt() {
    ProviderForm form =
        ProviderForm.read(
            Posted.form("TWILIO_AUTH_TOKEN", "typed-by-mistake-123", "clear", "TWILIO_AUTH_TOKEN"));

    assertThat(form.changes()).containsOnly(entry(TWILIO_AUTH_TOKEN, null));
  }

  @Test
  void aPlainSettingLeftEmptyIsClearedAndOneNotInTheFormIsLeftAlone() {
    // The environment pins TWILIO_FROM_NUMBER here, so the page shows no input for it.
    ProviderForm form = ProviderForm.read(Posted.form("MAIL_FROM", " "));

    assertThat(form.changes()).containsOnly(entry(MAIL_FROM, " "));
    assertThat(form.changes()).doesNotContainKey(TWILIO_FROM_NUMBER);
  }

  @Test
  void theClearBoxDoesNothingForASettingThatIsNotSecret() {
    ProviderForm form = ProviderForm.read(Posted.form("clear", "MAIL_FROM", "clear", "NO_SUCH"));

    assertThat(form.changes()).isEmpty();
  }
}
