package io.reveille.it;

import static io.reveille.it.NightShift.level;
import static io.reveille.it.StandIns.ACCOUNT;
import static io.reveille.it.StandIns.AUTH_TOKEN;
import static io.reveille.it.StandIns.CALLS;
import static io.reveille.it.StandIns.FROM_NUMBER;
import static io.reveille.it.StandIns.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  private static StandIns standIns;

  private NightShift night;
  private String componentName;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeAll
  static void standIns() {
    standIns = StandIns.start(8089, 3025);
  }

  @AfterAll
  static void stopStandIns() {
    standIns.close();
  }

  @BeforeEach
  void nightShift() {
    standIns.answerLikeSlackAndTwilio();
    night = NightShift.staff(Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD), standIns);
    componentName =
        night.componentPagedBy(
            level("PT4S", List.of("chat"), night.teamChat(), night.onCall()),
            level("PT4S", List.of("sms", "email"), night.onCall()),
            level("PT60S", List.of("voice"), night.onCall()));
  }

  @Test
  void aSev1AtThreeInTheMorningGoesChatThenTextThenCallUntilAKeypressAcknowledges() {
    String number = night.declare(componentName, "Checkout <b>down</b> & <!channel>", "all", true);
    long n = Long.parseLong(number.substring(4));

    // Level 1: the team's Slack channel, Block Kit, @-mentioning the on-call responder.
    LoggedRequest slack = standIns.awaitOne(night.slackPath, Duration.ofSeconds(5));
    String blocks = slack.getBodyAsString();
    assertThat(blocks)
        .contains("\"blocks\"", "SEV1", number, "Escalation level 1 of 3", "<@U0PAT")
        .contains("&lt;b&gt;down&lt;/b&gt; &amp; &lt;!channel&gt;")
        .doesNotContain("<!channel>")
        .contains("http://127.0.0.1:8080/ack/");

    // Nobody answers: level 2 texts and e-mails the on-call responder four seconds later.
    LoggedRequest text = standIns.awaitOne(MESSAGES, Duration.ofSeconds(10));
    Map<String, String> sms = StandIns.form(text);
    assertThat(sms).containsEntry("To", night.phone).containsEntry("From", FROM_NUMBER);
    assertThat(sms.get("Body")).contains("SEV1", number, "Reply ACK " + n);
    assertThat(text.getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((ACCOUNT + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
    await().atMost(Duration.ofSeconds(10)).until(() -> standIns.mailFor(number) != null);
    MimeMessage email = standIns.mailFor(number);
    assertThat(GreenMailUtil.getBody(email)).contains("/ack/", "Escalation level 2 of 3");

    // Still nobody: level 3 calls, and the call asks for a keypress posted back to Reveille.
    LoggedRequest call = standIns.awaitOne(CALLS, Duration.ofSeconds(10));
    Map<String, String> callForm = StandIns.form(call);
    assertThat(callForm).containsEntry("To", night.phone);
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

    JsonObject escalation = night.manager.get("/api/v1/incidents/" + number + "/escalation").json();
    assertThat(escalation.getString("state")).isEqualTo("ACKNOWLEDGED");
    assertThat(escalation.getString("acknowledgedBy")).isEqualTo(night.responder);
    assertThat(escalation.getJsonArray("deliveries").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("incident") + " " + d.getString("channel"))
        .containsExactly(number + " CHAT", number + " SMS", number + " EMAIL", number + " VOICE");

    // Paging stopped: the 60-second level wait passes and nothing more goes out.
    int requestsSoFar = standIns.web.getAllServeEvents().size();
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(7))
        .until(() -> standIns.web.getAllServeEvents().size() == requestsSoFar);

    JsonObject detail = night.manager.get("/api/v1/incidents/" + number).json();
    assertThat(detail.getJsonObject("incident").getJsonArray("components"))
        .containsExactly(Json.createValue(componentName));
    JsonArray timeline = detail.getJsonArray("timeline");
    String story =
        timeline.getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("kind") + ": " + e.getString("summary"))
            .collect(Collectors.joining("\n"));
    assertThat(story)
        .contains("PAGED: Escalation level 1 of 3: paged")
        .contains("PAGED: Escalation level 2 of 3: paged " + night.responder + " by text message")
        .contains("PAGED: Escalation level 3 of 3: paged " + night.responder + " by phone call")
        .contains("DELIVERY_ATTEMPT: Chat to the team channel: sent")
        .contains("DELIVERY_ATTEMPT: Text message to " + night.responder + ": sent (SM")
        .contains("DELIVERY_ATTEMPT: Phone call to " + night.responder + ": sent (CA")
        .contains(
            "ACKNOWLEDGED: Acknowledged by " + night.responder + " by pressing 1 on the call");
  }

  @Test
  void aSev3AtThreeInTheMorningOnlyPostsToChatAndIsAcknowledgedThereSoNobodyIsWoken() {
    String number = night.declare(componentName, "Report export slow", "none", false);

    LoggedRequest slack = standIns.awaitOne(night.slackPath, Duration.ofSeconds(5));
    String body = slack.getBodyAsString();
    assertThat(body).contains("SEV3", number, "Paging starts Tue 24 Nov 09:00");
    Matcher link = Pattern.compile("(http://127\\.0\\.0\\.1:8080/ack/[^\"]+)\"").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String ackPath = URI.create(link.group(1)).getPath();

    // Opening the link only asks; a chat unfurler fetching it acknowledges nothing.
    Reveille anyone = Reveille.anonymous();
    Reply confirm = anyone.get(ackPath);
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.text()).contains("You are acknowledging as", night.responder);
    assertThat(
            night
                .manager
                .get("/api/v1/incidents/" + number + "/escalation")
                .json()
                .getString("state"))
        .isEqualTo("WAITING_FOR_BUSINESS_HOURS");

    Reply done = anyone.form(ackPath, Map.of());
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.text()).contains("Acknowledged as", "Paging has stopped");
    assertThat(anyone.form(ackPath, Map.of()).text()).contains("already used");

    JsonObject escalation = night.manager.get("/api/v1/incidents/" + number + "/escalation").json();
    assertThat(escalation.getString("state")).isEqualTo("ACKNOWLEDGED");
    // Nobody is woken: no text message and no call, now or in the seconds after.
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(7))
        .until(
            () -> standIns.requestsTo(MESSAGES).isEmpty() && standIns.requestsTo(CALLS).isEmpty());
    assertThat(standIns.mailFor(number)).as("nobody was e-mailed").isNull();
  }

  @Test
  void aTextReplyAcknowledgesAndAnUnsignedOneIsRefused() {
    String number = night.declare(componentName, "Card payments declined", "all", true);
    long n = Long.parseLong(number.substring(4));
    standIns.awaitOne(MESSAGES, Duration.ofSeconds(10));

    String url = "http://127.0.0.1:8080/hooks/twilio/sms";
    Map<String, String> reply =
        Map.of("From", night.phone, "Body", "ack " + n, "MessageSid", "SM1");
    assertThat(twilioPost(url, reply, null).status()).isEqualTo(403);
    Reply ok = twilioPost(url, reply, signature(url, reply));
    assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    assertThat(ok.text()).contains("<Message>Acknowledged " + number);
    assertThat(
            night
                .manager
                .get("/api/v1/incidents/" + number + "/escalation")
                .json()
                .getString("acknowledgedBy"))
        .isEqualTo(night.responder);

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
    assertThat(night.manager.get("/admin/deliveries").status())
        .as("incident managers are not admins")
        .isEqualTo(403);
  }

  @Test
  void aPolicyPagesAPersonNamedByUsernameAndShowsWhatCouldNotBeSent() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String sam = Reveille.createPerson(admin, "sam", NightShift.PASSWORD, "responder");

    // People are named by username, as everywhere in the API; an unknown one names the level.
    Reply unknown =
        night.manager.post(
            "/api/v1/escalation-policies",
            Json.createObjectBuilder()
                .add("name", "Unknown person " + sam)
                .add(
                    "levels",
                    Json.createArrayBuilder()
                        .add(level("PT1M", List.of("sms"), NightShift.person("nobody-here"))))
                .build());
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
    assertThat(unknown.problemFields()).containsExactly("levels/0/targets");
    assertThat(unknown.text()).contains("There is no person called 'nobody-here'.");

    String component =
        night.componentPagedBy(level("PT1M", List.of("sms"), NightShift.person(sam)));
    JsonObject target =
        night
            .manager
            .get("/api/v1/escalation-policies")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .flatMap(p -> p.getJsonArray("levels").getValuesAs(JsonObject.class).stream())
            .flatMap(l -> l.getJsonArray("targets").getValuesAs(JsonObject.class).stream())
            .filter(
                t ->
                    t.getString("kind").equals("PERSON")
                        && sam.equals(t.getString("username", null)))
            .findFirst()
            .orElseThrow();
    assertThat(target.containsKey("id")).as("people have no id in the API").isFalse();
    assertThat(target.getString("description")).isEqualTo("sam of the tests");

    // Sam has no phone number: the text is recorded as not sent, with the incident it was for.
    String number = night.declare(component, "Invoices not sent", "all", true);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> admin.get("/api/v1/admin/deliveries/problems").text().contains(number));
    JsonObject problem =
        admin
            .get("/api/v1/admin/deliveries/problems")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("incident").equals(number))
            .findFirst()
            .orElseThrow();
    assertThat(problem.getString("recipient")).isEqualTo(sam);
    assertThat(problem.getString("channel")).isEqualTo("SMS");
    assertThat(problem.getString("state")).isEqualTo("NOT_SENT");
    assertThat(admin.get("/admin/deliveries").text())
        .contains("href=\"/incidents/" + number + "\"");
  }

  @Test
  void aRespondersShiftsAreASecretAddressAwayFromTheirCalendarApp() {
    Reveille responder = Reveille.signIn(night.responder, NightShift.PASSWORD);
    Reveille calendarApp = Reveille.anonymous();
    assertThat(calendarApp.get("/api/v1/me/shifts.ics").status())
        .as("the signed-in feed is no use to a calendar app")
        .isEqualTo(401);

    Reply page = responder.get("/on-call");
    assertThat(page.status()).isEqualTo(200);
    Matcher shown =
        Pattern.compile(
                "href=\"(webcal://127\\.0\\.0\\.1:8080/calendar/[^\"]+\\.ics)\">Subscribe in your"
                    + " calendar</a>,\\s*or add this address to it: <code>([^<]+)</code>")
            .matcher(page.text());
    assertThat(shown.find()).as(page.text()).isTrue();
    String address = shown.group(2);
    assertThat(shown.group(1)).isEqualTo(address.replace("http://", "webcal://"));
    assertThat(address).startsWith("http://127.0.0.1:8080/calendar/" + night.responder + ".");

    // The calendar app reads the responder's shifts without signing in.
    Reply feed = calendarApp.get(URI.create(address).getPath());
    assertThat(feed.status()).as(feed.text()).isEqualTo(200);
    assertThat(feed.header("Content-Type")).startsWith("text/calendar");
    assertThat(feed.text())
        .contains("BEGIN:VCALENDAR", "X-WR-CALNAME:My on-call shifts (" + night.responder + ")")
        .contains("SUMMARY:On call: Night primary ");

    // The API gives the same address, and one per schedule.
    JsonObject feeds = responder.get("/api/v1/me/calendar-feeds").json();
    assertThat(feeds.getString("myShifts")).isEqualTo(address);
    String schedule =
        feeds.getJsonArray("schedules").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getJsonNumber("scheduleId").longValue() == night.scheduleId)
            .map(f -> f.getString("url"))
            .findFirst()
            .orElseThrow();
    assertThat(page.text()).contains(schedule.replace("http://", "webcal://"));
    Reply scheduleFeed = calendarApp.get(URI.create(schedule).getPath());
    assertThat(scheduleFeed.status()).isEqualTo(200);
    assertThat(scheduleFeed.text()).contains("X-WR-CALNAME:On call: Night primary ");

    // An address changed in any way finds nothing.
    String path = URI.create(address).getPath();
    String signature =
        path.substring(path.lastIndexOf('.', path.length() - 5) + 1, path.length() - 4);
    String changed =
        signature.charAt(0) == 'A' ? "B" + signature.substring(1) : "A" + signature.substring(1);
    assertThat(calendarApp.get("/calendar/" + night.responder + "." + changed + ".ics").status())
        .isEqualTo(404);
    assertThat(calendarApp.get("/calendar/admin." + signature + ".ics").status()).isEqualTo(404);
  }

  // --- helpers

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
