package io.reveille.infrastructure.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.reveille.delivery.SendOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook subscribers get each update signed, can verify it, and failures come back as outcomes.
 */
class SignedSubscriberWebhooksTest {
  private static final String SECRET = "whsec_subscriber-secret";
  private static final Instant SENT_AT = Instant.parse("2026-11-24T03:10:00Z");
  private static final String BODY = "{\"incident\":{\"name\":\"Payments failing\"}}";

  @RegisterExtension
  static WireMockExtension receiver =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final SignedSubscriberWebhooks webhooks =
      new SignedSubscriberWebhooks(
          Duration.ofSeconds(2), Clock.fixed(SENT_AT, ZoneOffset.UTC), 4, true);

  @Test
  void thePayloadIsSignedOverTheTimestampAndTheBody() throws Exception {
    receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

    SendOutcome outcome = webhooks.post(url("/hook"), SECRET, BODY, "7-42").get();

    assertThat(outcome).isEqualTo(new SendOutcome.Sent(null));
    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
    assertThat(request.getBodyAsString()).isEqualTo(BODY);
    assertThat(request.getHeader("Reveille-Event")).isEqualTo("status.update");
    assertThat(request.getHeader("Reveille-Notification")).isEqualTo("7-42");
    String expected =
        "t="
            + SENT_AT.getEpochSecond()
            + ",v1="
            + HexFormat.of().formatHex(hmac(SECRET, SENT_AT.getEpochSecond() + "." + BODY));
    assertThat(request.getHeader("Reveille-Signature")).isEqualTo(expected);
    assertThat(
            WebhookSignature.verify(
                SECRET, expected, BODY, SENT_AT.plusSeconds(30), Duration.ofMinutes(5)))
        .isTrue();
    assertThat(
            WebhookSignature.verify(
                "whsec_another", expected, BODY, SENT_AT.plusSeconds(30), Duration.ofMinutes(5)))
        .isFalse();
  }

  @Test
  void aReceiverThatIsDownIsRetriedOneThatRefusesIsNot() throws Exception {
    receiver.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
    receiver.stubFor(post("/gone").willReturn(aResponse().withStatus(410)));

    SendOutcome down = webhooks.post(url("/down"), SECRET, BODY, "7-1").get();
    SendOutcome gone = webhooks.post(url("/gone"), SECRET, BODY, "7-2").get();

    assertThat(down)
        .isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.retryable()).isTrue());
    assertThat(gone)
        .isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.retryable()).isFalse());
  }

  @Test
  void manyPostsAreInFlightAtOnceAndAllComplete() throws Exception {
    receiver.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(100)));
    List<CompletableFuture<SendOutcome>> posts = new java.util.ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < 16; i++) {
      posts.add(webhooks.post(url("/slow"), SECRET, BODY, "7-" + i));
    }
    for (CompletableFuture<SendOutcome> post : posts) {
      assertThat(post.get()).isInstanceOf(SendOutcome.Sent.class);
    }
    // 4 at a time, 100 ms each: about 400 ms, far from the 1.6 s of one at a time.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
  }

  @Test
  void anAnswerThatTricklesInTimesOutAndIsRetried() throws Exception {
    receiver.stubFor(
        post("/trickle")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("x".repeat(100))
                    .withChunkedDribbleDelay(50, 5_000)));
    SignedSubscriberWebhooks impatient =
        new SignedSubscriberWebhooks(
            Duration.ofMillis(300), Clock.fixed(SENT_AT, ZoneOffset.UTC), 4, true);

    long started = System.nanoTime();
    SendOutcome outcome = impatient.post(url("/trickle"), SECRET, BODY, "7-5").get();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(outcome)
        .isEqualTo(new SendOutcome.Failed("The webhook did not answer within 300 ms", true));
  }

  @Test
  void withoutASecretNothingIsSent() throws Exception {
    assertThat(webhooks.post(url("/hook"), " ", BODY, "7-3").get())
        .isEqualTo(new SendOutcome.NotConfigured("webhook signing secret"));
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();
  }

  private static String url(String path) {
    return receiver.baseUrl() + path;
  }

  @Test
  void aReceiverInsideTheNetworkIsRefusedAtSendingUnlessLocalReceiversAreAllowed()
      throws Exception {
    receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
    SignedSubscriberWebhooks guarded =
        new SignedSubscriberWebhooks(
            Duration.ofSeconds(2), Clock.fixed(SENT_AT, ZoneOffset.UTC), 4, false);

    SendOutcome outcome = guarded.post(url("/hook"), SECRET, BODY, "7-42").get();

    assertThat(outcome)
        .isEqualTo(
            new SendOutcome.Failed("the webhook's host is a local or private address", false));
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();
  }

  private static byte[] hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }
}
