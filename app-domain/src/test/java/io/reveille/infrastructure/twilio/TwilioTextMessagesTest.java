package io.reveille.infrastructure.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.SendOutcome;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Text messages as Twilio's Messages API receives them, and what its answers mean. */
class TwilioTextMessagesTest {
  private static final String MESSAGES =
      "/2010-04-01/Accounts/" + Settings.ACCOUNT_SID + "/Messages.json";
  private static final String TO = "+14155550100";

  @RegisterExtension
  static WireMockExtension twilio =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Settings settings = Settings.twilioAt(twilio.baseUrl());
  private final TwilioTextMessages texts =
      new TwilioTextMessages(new TwilioGateway(settings, Duration.ofMillis(500)));

  @Test
  void aTextIsPostedWithTheAccountsCredentialsAndNumber() {
    twilio.stubFor(post(MESSAGES).willReturn(created("SM5ef8732a3c49700934481addd5ce1659")));
    String page = "SEV1 INC-42: Paiement échoué 日本 ✓ & <b>ack</b> https://r.example/a?t=1&u=2";

    SendOutcome outcome = texts.send(TO, page);

    assertThat(outcome).isEqualTo(new SendOutcome.Sent("SM5ef8732a3c49700934481addd5ce1659"));
    LoggedRequest request = onlyRequestTo(MESSAGES);
    assertThat(request.getHeader("Authorization"))
        .isEqualTo("Basic " + base64(Settings.ACCOUNT_SID + ":" + Settings.AUTH_TOKEN));
    assertThat(TwilioForms.form(request))
        .containsEntry("To", TO)
        .containsEntry("From", Settings.FROM)
        .containsEntry("Body", page);
  }

  @Test
  void aBodyOverTwilios1600CharactersIsCut() {
    twilio.stubFor(post(MESSAGES).willReturn(created("SM1")));

    texts.send(TO, "x".repeat(2000));

    String body = TwilioForms.form(onlyRequestTo(MESSAGES)).get("Body");
    assertThat(body).hasSize(1600).endsWith("x…");
  }

  @Test
  void anInvalidNumberIsNotRetried() {
    twilio.stubFor(
        post(MESSAGES)
            .willReturn(
                twilioError(400, 21211, "The 'To' number +1415555 is not a valid phone number.")));

    SendOutcome outcome = texts.send("+1415555", "SEV1 INC-42");

    assertThat(outcome)
        .isEqualTo(
            new SendOutcome.Failed(
                "Twilio refused the text message (HTTP 400, error 21211): "
                    + "The 'To' number +1415555 is not a valid phone number.",
                false));
  }

  @Test
  void wrongCredentialsAreNotRetried() {
    twilio.stubFor(post(MESSAGES).willReturn(twilioError(401, 20003, "Authenticate")));

    assertThat(texts.send(TO, "SEV1 INC-42"))
        .isInstanceOf(SendOutcome.Failed.class)
        .extracting("retryable")
        .isEqualTo(false);
  }

  @Test
  void rateLimitingIsRetried() {
    twilio.stubFor(post(MESSAGES).willReturn(twilioError(429, 20429, "Too Many Requests")));

    assertThat(texts.send(TO, "SEV1 INC-42"))
        .isEqualTo(
            new SendOutcome.Failed(
                "Twilio refused the text message (HTTP 429, error 20429): Too Many Requests",
                true));
  }

  @Test
  void aServerErrorIsRetriedByTheOutboxNotBehindItsBack() {
    twilio.stubFor(post(MESSAGES).willReturn(twilioError(503, 20503, "Service Unavailable")));

    SendOutcome outcome = texts.send(TO, "SEV1 INC-42");

    assertThat(outcome)
        .isInstanceOf(SendOutcome.Failed.class)
        .extracting("retryable")
        .isEqualTo(true);
    assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(1);
  }

  @Test
  void anErrorPageThatIsNotJsonIsRetried() {
    twilio.stubFor(
        post(MESSAGES)
            .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

    assertThat(texts.send(TO, "SEV1 INC-42"))
        .isInstanceOf(SendOutcome.Failed.class)
        .extracting("retryable")
        .isEqualTo(true);
  }

  @Test
  void aSlowTwilioTimesOutAndIsRetried() {
    twilio.stubFor(post(MESSAGES).willReturn(created("SM1").withFixedDelay(1_500)));

    long started = System.nanoTime();
    SendOutcome outcome = texts.send(TO, "SEV1 INC-42");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_400));
    assertThat(outcome)
        .isInstanceOf(SendOutcome.Failed.class)
        .extracting("retryable")
        .isEqualTo(true);
  }

  @Test
  void anUnreachableTwilioIsRetried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    settings.with(ProviderSetting.TWILIO_API_URL, "http://localhost:" + closedPort);

    assertThat(texts.send(TO, "SEV1 INC-42"))
        .isInstanceOf(SendOutcome.Failed.class)
        .extracting("retryable")
        .isEqualTo(true);
  }

  @Test
  void eachMissingSettingIsNamedAndNothingIsSent() {
    assertThat(sendWithout(ProviderSetting.TWILIO_ACCOUNT_SID))
        .isEqualTo(new SendOutcome.NotConfigured("Twilio account SID"));
    assertThat(sendWithout(ProviderSetting.TWILIO_AUTH_TOKEN))
        .isEqualTo(new SendOutcome.NotConfigured("Twilio auth token"));
    assertThat(sendWithout(ProviderSetting.TWILIO_FROM_NUMBER))
        .isEqualTo(new SendOutcome.NotConfigured("Twilio from number"));
    assertThat(twilio.getAllServeEvents()).isEmpty();
  }

  @Test
  void changedSettingsApplyToTheNextText() {
    String otherAccount = "AC11111111111111111111111111111111";
    String otherMessages = "/2010-04-01/Accounts/" + otherAccount + "/Messages.json";
    twilio.stubFor(post(MESSAGES).willReturn(created("SM1")));
    twilio.stubFor(post(otherMessages).willReturn(created("SM2")));

    assertThat(texts.send(TO, "first")).isEqualTo(new SendOutcome.Sent("SM1"));
    settings
        .with(ProviderSetting.TWILIO_ACCOUNT_SID, otherAccount)
        .with(ProviderSetting.TWILIO_AUTH_TOKEN, "rotated-token")
        .with(ProviderSetting.TWILIO_FROM_NUMBER, "+15005550009");
    assertThat(texts.send(TO, "second")).isEqualTo(new SendOutcome.Sent("SM2"));

    LoggedRequest second = onlyRequestTo(otherMessages);
    assertThat(second.getHeader("Authorization"))
        .isEqualTo("Basic " + base64(otherAccount + ":rotated-token"));
    assertThat(TwilioForms.form(second)).containsEntry("From", "+15005550009");
  }

  @Test
  void anApiUrlWithAPathPrefixesEveryRequest() {
    settings.with(ProviderSetting.TWILIO_API_URL, twilio.baseUrl() + "/sandbox/");
    twilio.stubFor(post("/sandbox" + MESSAGES).willReturn(created("SM3")));

    assertThat(texts.send(TO, "SEV1 INC-42")).isEqualTo(new SendOutcome.Sent("SM3"));
  }

  @Test
  void anApiUrlThatIsNotHttpIsRefused() {
    settings.with(ProviderSetting.TWILIO_API_URL, "ftp://twilio.example");

    assertThat(texts.send(TO, "SEV1 INC-42"))
        .isEqualTo(
            new SendOutcome.Failed("the Twilio API URL setting is not an http(s) URL", false));
  }

  private SendOutcome sendWithout(ProviderSetting missing) {
    Settings incomplete = Settings.twilioAt(twilio.baseUrl()).with(missing, null);
    return new TwilioTextMessages(new TwilioGateway(incomplete, Duration.ofMillis(500)))
        .send(TO, "SEV1 INC-42");
  }

  private static LoggedRequest onlyRequestTo(String path) {
    List<LoggedRequest> requests = twilio.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  static ResponseDefinitionBuilder created(String sid) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}");
  }

  static ResponseDefinitionBuilder twilioError(int status, int code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(
            String.format(
                "{\"code\":%d,\"message\":\"%s\",\"more_info\":"
                    + "\"https://www.twilio.com/docs/errors/%d\",\"status\":%d}",
                code, message, code, status));
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
