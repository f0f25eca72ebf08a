package io.reveille.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outside world a server pages through: WireMock answers as Slack and Twilio (the server's
 * Twilio SDK really calls it), GreenMail receives its e-mail over SMTP. The Twilio account and
 * token are the ones the server is started with (see {@code it.server.args}).
 */
final class StandIns implements AutoCloseable {
  static final String ACCOUNT = "ACe0000000000000000000000000000001";
  static final String AUTH_TOKEN = "it-twilio-auth-token";
  static final String FROM_NUMBER = "+15005550006";
  static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
  static final String CALLS = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json";

  final WireMockServer web;
  final GreenMail mail;

  private StandIns(WireMockServer web, GreenMail mail) {
    this.web = web;
    this.mail = mail;
  }

  /** Slack and Twilio on {@code httpPort}, SMTP on {@code smtpPort}, both on loopback. */
  static StandIns start(int httpPort, int smtpPort) {
    WireMockServer web = new WireMockServer(options().port(httpPort).bindAddress("127.0.0.1"));
    web.start();
    GreenMail mail =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return new StandIns(web, mail);
  }

  /** Where the server reaches the stand-in Slack and Twilio: {@code reveille.twilio.api-url}. */
  String url() {
    return "http://127.0.0.1:" + web.port();
  }

  /** Forgets every request so far and answers as the real services do when all is well. */
  void answerLikeSlackAndTwilio() {
    web.resetAll();
    web.stubFor(
        post(urlPathMatching("/slack/.*"))
            .willReturn(
                aResponse().withStatus(200).withHeader("x-slack-req-id", "req-1").withBody("ok")));
    web.stubFor(
        post(urlEqualTo(MESSAGES))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\"}")));
    web.stubFor(
        post(urlEqualTo(CALLS))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\":\"CA" + "0".repeat(32) + "\",\"status\":\"queued\"}")));
  }

  /** The requests to {@code path} so far, the first first. */
  List<LoggedRequest> requestsTo(String path) {
    return web.findAll(postRequestedFor(urlEqualTo(path))).stream()
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  /** Waits for the first request to {@code path} and asserts it is the only one. */
  LoggedRequest awaitOne(String path, Duration within) {
    LoggedRequest first = awaitFirst(path, within);
    assertThat(requestsTo(path)).as("requests to %s", path).hasSize(1);
    return first;
  }

  /** Waits for the first request to {@code path}. */
  LoggedRequest awaitFirst(String path, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !requestsTo(path).isEmpty());
    return requestsTo(path).get(0);
  }

  /** The e-mail about incident {@code number} ("INC-42"), or null if none arrived. */
  MimeMessage mailFor(String number) {
    for (MimeMessage m : mail.getReceivedMessages()) {
      try {
        if (m.getSubject() != null && m.getSubject().contains(number + " ")) {
          return m;
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  /** The fields of a form-encoded request, such as a Twilio API call. */
  static Map<String, String> form(LoggedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  @Override
  public void close() {
    web.stop();
    mail.stop();
  }
}
