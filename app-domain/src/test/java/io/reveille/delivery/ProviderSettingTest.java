package io.reveille.delivery;

import static io.reveille.delivery.ProviderSetting.MAIL_FROM;
import static io.reveille.delivery.ProviderSetting.TWILIO_ACCOUNT_SID;
import static io.reveille.delivery.ProviderSetting.TWILIO_API_URL;
import static io.reveille.delivery.ProviderSetting.TWILIO_AUTH_TOKEN;
import static io.reveille.delivery.ProviderSetting.TWILIO_FROM_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderSettingTest {

  @Test
  void valuesAsTheProvidersIssueThemAreAccepted() {
    assertThat(TWILIO_ACCOUNT_SID.problemWith("AC" + "0123456789abcdef".repeat(2))).isEmpty();
    assertThat(TWILIO_AUTH_TOKEN.problemWith("0123456789abcdef0123456789abcdef")).isEmpty();
    assertThat(TWILIO_FROM_NUMBER.problemWith("+14155550100")).isEmpty();
    assertThat(TWILIO_API_URL.problemWith("https://api.twilio.com")).isEmpty();
    assertThat(TWILIO_API_URL.problemWith("http://127.0.0.1:8089/")).isEmpty();
    assertThat(MAIL_FROM.problemWith("pager@example.com")).isEmpty();
    assertThat(MAIL_FROM.problemWith("Reveille <pager@example.com>")).isEmpty();
  }

  @Test
  void aBlankValueClearsTheSettingAndIsNeverAProblem() {
    for (ProviderSetting setting : ProviderSetting.values()) {
      assertThat(setting.problemWith(null)).as(setting.name()).isEmpty();
      assertThat(setting.problemWith("  ")).as(setting.name()).isEmpty();
    }
  }

  @Test
  void typosAreRefusedWithTheFormExplained() {
    assertThat(TWILIO_ACCOUNT_SID.problemWith("SK0123"))
        .hasValueSatisfying(advice -> assertThat(advice).contains("AC followed by 32"));
    assertThat(TWILIO_AUTH_TOKEN.problemWith("has spaces in it, oh no")).isPresent();
    assertThat(TWILIO_FROM_NUMBER.problemWith("0171 555 0100"))
        .hasValueSatisfying(advice -> assertThat(advice).contains("E.164", "+14155550100"));
    assertThat(TWILIO_API_URL.problemWith("api.twilio.com")).isPresent();
    assertThat(TWILIO_API_URL.problemWith("javascript:alert(1)")).isPresent();
    assertThat(MAIL_FROM.problemWith("pager at example.com"))
        .hasValueSatisfying(advice -> assertThat(advice).contains("pager@example.com"));
    assertThat(MAIL_FROM.problemWith("pager@example.com>")).isPresent();
  }
}
