package io.reveille.infrastructure.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.delivery.SendOutcome;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each answer of a webhook means for the outbox: sent, worth retrying, or not. The webhook's
 * path is its secret, so it must show up in no reason and no log line.
 */
class WebhookOutcomeTest {
  private static final String SECRET_PATH = "/services/T0001/B0001/s3cr3tT0k3n";
  private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);

  @RegisterExtension
  static WireMockExtension slack =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final WebhookChatChannels channels =
      new WebhookChatChannels(Duration.ofSeconds(1), REQUEST_TIMEOUT, Clock.systemUTC());
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Handler logCapture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logLines.add(new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    Logger.getLogger(WebhookPost.class.getName()).addHandler(logCapture);
  }

  @AfterEach
  void noLogLineNamesTheWebhook() {
    Logger.getLogger(WebhookPost.class.getName()).removeHandler(logCapture);
    assertThat(logLines).noneMatch(line -> line.contains("s3cr3tT0k3n"));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503})
  void busyOrBrokenProvidersAreRetried(int status) {
    slack.stubFor(post(SECRET_PATH).willReturn(aResponse().withStatus(status).withBody("later")));

    SendOutcome outcome = postToSlack();

    assertThat(outcome)
        .isEqualTo(new SendOutcome.Failed("Slack answered HTTP " + status + ": later", true));
  }

  @Test
  void aRefusedMessageIsNotRetriedAndTheReasonQuotesSlack() {
    slack.stubFor(
        post(SECRET_PATH).willReturn(aResponse().withStatus(400).withBody("invalid_blocks")));

    assertThat(postToSlack())
        .isEqualTo(new SendOutcome.Failed("Slack answered HTTP 400: invalid_blocks", false));
  }

  @Test
  void aLongErrorPageIsCutShortInTheReason() {
    slack.stubFor(
        post(SECRET_PATH)
            .willReturn(aResponse().withStatus(404).withBody("<html>\n" + "x".repeat(5000))));

    SendOutcome outcome = postToSlack();

    assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
    SendOutcome.Failed failed = (SendOutcome.Failed) outcome;
    assertThat(failed.retryable()).isFalse();
    assertThat(failed.reason())
        .startsWith("Slack answered HTTP 404: <html> xxx")
        .hasSizeLessThan(240);
  }

  @Test
  void aSlowProviderTimesOutAndIsRetried() {
    slack.stubFor(post(SECRET_PATH).willReturn(aResponse().withFixedDelay(1_000).withBody("ok")));

    long started = System.nanoTime();
    SendOutcome outcome = postToSlack();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
    assertThat(outcome)
        .isEqualTo(new SendOutcome.Failed("Slack did not answer within 300 ms", true));
  }

  @Test
  void anUnreachableProviderIsRetried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    SendOutcome outcome =
        channels.post(
            new ChatDestination(
                ChatKind.SLACK, "http://localhost:" + closedPort + SECRET_PATH, null),
            Pages.hostile());

    assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
    SendOutcome.Failed failed = (SendOutcome.Failed) outcome;
    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).startsWith("could not reach Slack").doesNotContain("s3cr3tT0k3n");
    assertThat(logLines).anyMatch(line -> line.contains("Slack webhook at localhost"));
  }

  @Test
  void aMissingWebhookUrlIsNotConfigured() {
    for (String missing : new String[] {null, "", "  "}) {
      assertThat(channels.post(new ChatDestination(ChatKind.SLACK, missing, null), Pages.hostile()))
          .isEqualTo(new SendOutcome.NotConfigured("webhook URL"));
    }
  }

  @Test
  void aWebhookUrlThatIsNotHttpIsRefusedWithoutQuotingIt() {
    SendOutcome outcome =
        channels.post(
            new ChatDestination(ChatKind.SLACK, "ftp://hooks.example" + SECRET_PATH, null),
            Pages.hostile());

    assertThat(outcome)
        .isEqualTo(new SendOutcome.Failed("the webhook URL is not an http(s) URL", false));
  }

  private SendOutcome postToSlack() {
    SendOutcome outcome =
        channels.post(
            new ChatDestination(ChatKind.SLACK, slack.baseUrl() + SECRET_PATH, null),
            Pages.hostile());
    if (outcome instanceof SendOutcome.Failed failed) {
      assertThat(failed.reason()).doesNotContain("s3cr3tT0k3n");
    }
    return outcome;
  }
}
