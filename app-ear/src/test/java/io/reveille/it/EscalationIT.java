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
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escalation against real stand-ins: WireMock plays Slack and Twilio (the server's Twilio SDK
 * really calls it), GreenMail receives the e-mail. The server's clock starts at 03:00 on a Tuesday
 * (see the failsafe arguments), so every incident here is declared in the middle of the night.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EscalationIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static final String ACCOUNT = "ACe0000000000000000000000000000001";
  private static final String AUTH_TOKEN = "it-twilio-auth-token";
  private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
  private static final String CALLS = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json";

  private static WireMockServer standIn;
  private static GreenMail mail;

  private Reveille manager;
  private String responder;
  private String phone;
  private String slackPath;
  private String componentName;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeAll
  static void standIns() {
    standIn = new WireMockServer(options().port(8089).bindAddress("127.0.0.1"));
    standIn.start();
    mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterAll
  static void stopStandIns() {
    standIn.stop();
    mail.stop();
  }

  @BeforeEach
  void nightShift() {
    standIn.resetAll();
    standIn.stubFor(
        post(urlPathMatching("/slack/.*"))
            .willReturn(
                aResponse().withStatus(200).withHeader("x-slack-req-id", "req-1").withBody("ok")));
    standIn.stubFor(
        post(urlEqualTo(MESSAGES))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\"}")));
    standIn.stubFor(
        post(urlEqualTo(CALLS))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\":\"CA" + "0".repeat(32) + "\",\"status\":\"queued\"}")));

    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String managerName = Reveille.createPerson(admin, "manager", PASSWORD, "incident-manager");
    responder = Reveille.createPerson(admin, "pat", PASSWORD, "responder");
    manager = Reveille.signIn(managerName, PASSWORD).withNewToken();
    phone = "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999));
    Reply contact =
        admin.put(
            "/api/v1/people/" + responder + "/contact",
            Json.createObjectBuilder()
                .add("email", responder + "@night.example")
                .add("phone", phone)
                .add(
                    "chatHandle",
                    "U0PAT" + responder.substring(responder.length() - 4).toUpperCase())
                .add("timeZone", "Europe/Lisbon")
                .build());
    assertThat(contact.status()).as(contact.text()).isEqualTo(200);

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Reply team =
        manager.post(
            "/api/v1/teams",
            Json.createObjectBuilder()
                .add("name", "Night " + suffix)
                .add("members", Json.createArrayBuilder().add(responder))
                .build());
    assertThat(team.status()).as(team.text()).isEqualTo(201);
    long teamId = team.json().getJsonNumber("id").longValue();
    slackPath = "/slack/T000/B" + suffix + "/secret";
    Reply chat =
        manager.put(
            "/api/v1/teams/" + teamId + "/chat",
            Json.createObjectBuilder()
                .add("kind", "slack")
                .add("webhookUrl", "http://127.0.0.1:8089" + slackPath)
                .build());
    assertThat(chat.status()).as(chat.text()).isEqualTo(200);
    assertThat(chat.text()).as("the webhook URL is a credential").doesNotContain(slackPath);

    Reply schedule =
        manager.post(
            "/api/v1/schedules",
            Json.createObjectBuilder()
                .add("name", "Night primary " + suffix)
                .add("timeZone", "UTC")
                .add("teamId", teamId)
                .add(
                    "layers",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "Primary")
                                .add("participants", Json.createArrayBuilder().add(responder))
                                .add("turnUnit", "days")
                                .add("turnAmount", 1)
                                .add("handoffTime", "09:00")
                                .add("startDate", "2026-01-05")))
                .build());
    assertThat(schedule.status()).as(schedule.text()).isEqualTo(201);
    long scheduleId = schedule.json().getJsonNumber("id").longValue();

    Reply policy =
        manager.post(
            "/api/v1/escalation-policies",
            Json.createObjectBuilder()
                .add("name", "Night policy " + suffix)
                .add("repeatCount", 1)
                .add(
                    "levels",
                    Json.createArrayBuilder()
                        .add(
                            level(
                                "PT4S",
                                "chat",
                                target("team_chat", teamId),
                                target("schedule", scheduleId)))
                        .add(
                            level("PT4S", "sms", target("schedule", scheduleId))
                                .add("channels", Json.createArrayBuilder().add("sms").add("email")))
                        .add(level("PT60S", "voice", target("schedule", scheduleId))))
                .build());
    assertThat(policy.status()).as(policy.text()).isEqualTo(201);
    Reply component =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder()
                .add("name", "Checkout " + suffix)
                .add("description", "Where customers pay")
                .add("escalationPolicyId", policy.json().getJsonNumber("id").longValue())
                .build());
    assertThat(component.status()).as(component.text()).isEqualTo(201);
    componentName = component.json().getString("name");
  }

  @Test
  void aSev1AtThreeInTheMorningGoesChatThenTextThenCallUntilAKeypressAcknowledges() {
    String number = declare("Checkout <b>down</b> & <!channel>", "all", true);
    long n = Long.parseLong(number.substring(4));

    // Level 1: the team's Slack channel, Block Kit, @-mentioning the on-call responder.
    LoggedRequest slack = awaitOne(slackPath, Duration.ofSeconds(5));
    String blocks = slack.getBodyAsString();
    assertThat(blocks)
        .contains("\"blocks\"", "SEV1", number, "Escalation level 1 of 3", "<@U0PAT")
        .contains("&lt;b&gt;down&lt;/b&gt; &amp; &lt;!channel&gt;")
        .doesNotContain("<!channel>")
        .contains("http://127.0.0.1:8080/ack/");

    // Nobody answers: level 2 texts and e-mails the on-call responder four seconds later.
    LoggedRequest text = awaitOne(MESSAGES, Duration.ofSeconds(10));
    Map<String, String> sms = form(text.getBodyAsString());
    assertThat(sms).containsEntry("To", phone).containsEntry("From", "+15005550006");
    assertThat(sms.get("Body")).contains("SEV1", number, "Reply ACK " + n);
    assertThat(text.getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((ACCOUNT + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> mail.getReceivedMessages().length > 0 && mailFor(number) != null);
    MimeMessage email = mailFor(number);
    assertThat(GreenMailUtil.getBody(email)).contains("/ack/", "Escalation level 2 of 3");

    // Still nobody: level 3 calls, and the call asks for a keypress posted back to Reveille.
    LoggedRequest call = awaitOne(CALLS, Duration.ofSeconds(10));
    Map<String, String> callForm = form(call.getBodyAsString());
    assertThat(callForm).containsEntry("To", phone);
    String twiml = callForm.get("Twiml");
    assertThat(twiml).contains("<Gather", "Press 1", "incident " + n);
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(twiml);
    assertThat(action.find()).as(twiml).isTrue();
    String keypressUrl = action.group(1).replace("&amp;", "&");
    assertThat(keypressUrl)
        .startsWith("http://127.0.0.1:8080/hooks/twilio/voice/keypress?delivery=");

    // A forged keypress is refused; Twilio's signed one acknowledges.
    Map<String, String> pressed = Map.of("Digits", "1", "CallSid", "CA" + "0".repeat(32));
    assertThat(twilioPost(keypressUrl, pressed, "forged").status()).isEqualTo(403);
    Reply acknowledged = twilioPost(keypressUrl, pressed, signature(keypressUrl, pressed));
    assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
    assertThat(acknowledged.text()).contains("<Say>Acknowledged.");

    JsonObject escalation = manager.get("/api/v1/incidents/" + number + "/escalation").json();
    assertThat(escalation.getString("state")).isEqualTo("ACKNOWLEDGED");
    assertThat(escalation.getString("acknowledgedBy")).isEqualTo(responder);

    // Paging stopped: the 60-second level wait passes and nothing more goes out.
    int requestsSoFar = standIn.getAllServeEvents().size();
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(7))
        .until(() -> standIn.getAllServeEvents().size() == requestsSoFar);

    JsonArray timeline = manager.get("/api/v1/incidents/" + number).json().getJsonArray("timeline");
    String story =
        timeline.getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("kind") + ": " + e.getString("summary"))
            .collect(Collectors.joining("\n"));
    assertThat(story)
        .contains("PAGED: Escalation level 1 of 3: paged")
        .contains("PAGED: Escalation level 2 of 3: paged " + responder + " by text message")
        .contains("PAGED: Escalation level 3 of 3: paged " + responder + " by phone call")
        .contains("DELIVERY_ATTEMPT: Chat to the team channel: sent")
        .contains("DELIVERY_ATTEMPT: Text message to " + responder + ": sent (SM")
        .contains("DELIVERY_ATTEMPT: Phone call to " + responder + ": sent (CA")
        .contains("ACKNOWLEDGED: Acknowledged by " + responder + " by pressing 1 on the call");
  }

  @Test
  void aSev3AtThreeInTheMorningOnlyPostsToChatAndIsAcknowledgedThereSoNobodyIsWoken() {
    String number = declare("Report export slow", "none", false);

    LoggedRequest slack = awaitOne(slackPath, Duration.ofSeconds(5));
    String body = slack.getBodyAsString();
    assertThat(body).contains("SEV3", number, "Paging starts Tue 24 Nov 09:00");
    Matcher link = Pattern.compile("(http://127\\.0\\.0\\.1:8080/ack/[^\"]+)\"").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String ackPath = URI.create(link.group(1)).getPath();

    // Opening the link only asks; a chat unfurler fetching it acknowledges nothing.
    Reveille anyone = Reveille.anonymous();
    Reply confirm = anyone.get(ackPath);
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.text()).contains("You are acknowledging as", responder);
    assertThat(manager.get("/api/v1/incidents/" + number + "/escalation").json().getString("state"))
        .isEqualTo("WAITING_FOR_BUSINESS_HOURS");

    Reply done = anyone.form(ackPath, Map.of());
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.text()).contains("Acknowledged as", "Paging has stopped");
    assertThat(anyone.form(ackPath, Map.of()).text()).contains("already used");

    JsonObject escalation = manager.get("/api/v1/incidents/" + number + "/escalation").json();
    assertThat(escalation.getString("state")).isEqualTo("ACKNOWLEDGED");
    // Nobody is woken: no text message and no call, now or in the seconds after.
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(7))
        .until(
            () ->
                standIn.findAll(postRequestedFor(urlEqualTo(MESSAGES))).isEmpty()
                    && standIn.findAll(postRequestedFor(urlEqualTo(CALLS))).isEmpty());
    assertThat(mailFor(number)).as("nobody was e-mailed").isNull();
  }

  @Test
  void aTextReplyAcknowledgesAndAnUnsignedOneIsRefused() {
    String number = declare("Card payments declined", "all", true);
    long n = Long.parseLong(number.substring(4));
    awaitOne(MESSAGES, Duration.ofSeconds(10));

    String url = "http://127.0.0.1:8080/hooks/twilio/sms";
    Map<String, String> reply = Map.of("From", phone, "Body", "ack " + n, "MessageSid", "SM1");
    assertThat(twilioPost(url, reply, null).status()).isEqualTo(403);
    Reply ok = twilioPost(url, reply, signature(url, reply));
    assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    assertThat(ok.text()).contains("<Message>Acknowledged " + number);
    assertThat(
            manager
                .get("/api/v1/incidents/" + number + "/escalation")
                .json()
                .getString("acknowledgedBy"))
        .isEqualTo(responder);

    // Administrators see the providers, never their secrets.
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    Reply page = admin.get("/admin/deliveries");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains(
            "reveille.twilio.account-sid", ACCOUNT, "reveille.twilio.auth-token", "set (hidden)")
        .doesNotContain(AUTH_TOKEN);
    Reply settings = admin.get("/api/v1/admin/providers");
    assertThat(settings.text()).contains("TWILIO_AUTH_TOKEN").doesNotContain(AUTH_TOKEN);
    Reply pinned =
        admin.put(
            "/api/v1/admin/providers",
            Json.createObjectBuilder().add("TWILIO_AUTH_TOKEN", "another-token").build());
    assertThat(pinned.status()).as(pinned.text()).isEqualTo(400);
    assertThat(pinned.text()).contains("TWILIO_AUTH_TOKEN", "environment");
    assertThat(manager.get("/admin/deliveries").status())
        .as("incident managers are not admins")
        .isEqualTo(403);
  }

  // --- helpers

  private String declare(String title, String customers, boolean criticalFunctionDown) {
    Reply declared =
        manager.post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Declared by the escalation tests")
                .add(
                    "impact",
                    Json.createObjectBuilder()
                        .add("customerImpact", customers)
                        .add("dataLoss", false)
                        .add("securityBreach", false)
                        .add("criticalFunctionDown", criticalFunctionDown)
                        .add("externallyVisible", !"none".equals(customers)))
                .add("components", Json.createArrayBuilder().add(componentName))
                .build());
    assertThat(declared.status()).as(declared.text()).isEqualTo(201);
    return declared.json().getString("number");
  }

  private static JsonObjectBuilder level(
      String wait, String channel, JsonObjectBuilder... targets) {
    var list = Json.createArrayBuilder();
    Arrays.stream(targets).forEach(list::add);
    return Json.createObjectBuilder()
        .add("targets", list)
        .add("channels", Json.createArrayBuilder().add(channel))
        .add("waitBeforeNext", wait);
  }

  private static JsonObjectBuilder target(String kind, long id) {
    return Json.createObjectBuilder().add("kind", kind).add("id", id);
  }

  private static LoggedRequest awaitOne(String path, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !standIn.findAll(postRequestedFor(urlEqualTo(path))).isEmpty());
    List<LoggedRequest> found = standIn.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(found).as("requests to %s", path).hasSize(1);
    return found.get(0);
  }

  private static MimeMessage mailFor(String number) {
    for (MimeMessage m : mail.getReceivedMessages()) {
      try {
        if (m.getSubject() != null && m.getSubject().contains(number + " ")) {
          return m;
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  /** Twilio's documented scheme: HMAC-SHA1 of the URL and the sorted fields, base64. */
  private static String signature(String url, Map<String, String> fields) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(fields).forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reply twilioPost(String url, Map<String, String> fields, String signature) {
    Reveille twilio = Reveille.anonymous();
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    return twilio.send(request);
  }
}
