package io.reveille.infrastructure.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.delivery.SendOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A generic receiver gets the page as a JSON event it can authenticate and date. */
class SignedWebhookTest {
  private static final String HOOK = "/reveille/events";
  private static final String SECRET = "whsec_5f1c0d2e";
  private static final Instant SENT_AT = Instant.parse("2026-03-01T02:03:04.567Z");

  @RegisterExtension
  static WireMockExtension receiver =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WebhookChatChannels channels =
      new WebhookChatChannels(
          Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.fixed(SENT_AT, ZoneOffset.UTC));

  @BeforeEach
  void receiverAccepts() {
    receiver.stubFor(post(HOOK).willReturn(aResponse().withStatus(204)));
  }

  @Test
  void theEventCarriesThePageAsTyped() throws Exception {
    SendOutcome outcome = channels.post(destination(SECRET), Pages.hostile());

    assertThat(outcome).isEqualTo(new SendOutcome.Sent(null));
    JsonNode event = new ObjectMapper().readTree(received().getBodyAsString());
    assertThat(event.path("event").asText()).isEqualTo("incident.page");
    assertThat(event.at("/incident/number").asText()).isEqualTo("INC-42");
    assertThat(event.at("/incident/title").asText()).isEqualTo(Pages.HOSTILE_TITLE);
    assertThat(event.at("/incident/severity").asText()).isEqualTo("SEV1");
    assertThat(event.at("/incident/url").asText()).isEqualTo(Pages.INCIDENT.toString());
    assertThat(event.path("headline").asText()).isEqualTo("Escalation level 2 of 3");
    assertThat(event.path("mentions")).hasSize(3);
    assertThat(event.at("/mentions/0/name").asText()).isEqualTo("Bob");
    assertThat(event.at("/mentions/0/acknowledgeUrl").asText())
        .isEqualTo(Pages.BOB_ACKNOWLEDGES.toString());
    assertThat(event.at("/mentions/2/name").asText()).isEqualTo("Dave [admin](http://evil)");
    assertThat(event.at("/mentions/2/acknowledgeUrl").isNull()).isTrue();
    assertThat(event.path("sentAt").asText()).isEqualTo("2026-03-01T02:03:04.567Z");
  }

  @Test
  void theSignatureIsAnHmacOfTheTimeAndTheExactBody() throws Exception {
    channels.post(destination(SECRET), Pages.hostile());

    LoggedRequest request = received();
    String body = request.getBodyAsString();
    String header = request.getHeader("Reveille-Signature");
    assertThat(header).isEqualTo("t=" + SENT_AT.getEpochSecond() + ",v1=" + hmac(SENT_AT, body));
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("User-Agent")).isEqualTo("Reveille");
    assertThat(WebhookSignature.verify(SECRET, header, body, SENT_AT, Duration.ofMinutes(5)))
        .isTrue();
  }

  @Test
  void withoutASigningSecretNothingIsSent() {
    SendOutcome outcome = channels.post(destination(" "), Pages.hostile());

    assertThat(outcome).isEqualTo(new SendOutcome.NotConfigured("webhook signing secret"));
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo(HOOK)))).isEmpty();
  }

  private static ChatDestination destination(String secret) {
    return new ChatDestination(ChatKind.WEBHOOK, receiver.baseUrl() + HOOK, secret);
  }

  private static LoggedRequest received() {
    var requests = receiver.findAll(postRequestedFor(urlEqualTo(HOOK)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /** Computed here as a receiver in any language would, not through WebhookSignature. */
  private static String hmac(Instant at, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest =
        mac.doFinal((at.getEpochSecond() + "." + body).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }
}
