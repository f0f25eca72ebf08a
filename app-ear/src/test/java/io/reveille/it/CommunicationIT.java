package io.reveille.it;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Talking to customers from the incident room: the composer starts from a template, previews what
 * will be published, and sets component statuses; a promised update that falls due reminds the
 * communications lead, then the commander (reminder grace 3 s on the test server).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunicationIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static final String MESSAGES = StandIns.MESSAGES;

  private static StandIns standIns;

  private Reveille admin;
  private Reveille manager;
  private String managerName;
  private String component;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeAll
  static void startStandIns() {
    standIns = StandIns.start(8089, 3025);
  }

  @AfterAll
  static void stopStandIns() {
    standIns.close();
  }

  @BeforeEach
  void setUp() {
    standIns.answerLikeSlackAndTwilio();
    admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    managerName = Reveille.createPerson(admin, "comms-manager", PASSWORD, "incident-manager");
    manager = Reveille.signIn(managerName, PASSWORD);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Reply group =
        manager.post(
            "/api/v1/component-groups",
            Json.createObjectBuilder()
                .add("name", "Storefront " + suffix)
                .add("position", 3)
                .build());
    assertThat(group.status()).as(group.text()).isEqualTo(201);
    Reply created =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder()
                .add("name", "Basket " + suffix)
                .add("description", "Adding to the basket")
                .add("groupId", group.json().getJsonNumber("id").longValue())
                .add("position", 1)
                .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("operational");
    assertThat(created.json().getString("visibility")).isEqualTo("PUBLIC");
    component = created.json().getString("name");
  }

  @Test
  void theComposerStartsFromATemplatePreviewsAndSetsComponentStatuses() {
    String number = declare("Basket service OOM-killed on node b-7");
    String room = "/incidents/" + number;
    long investigating = templateId("Investigating");

    String composer = manager.get(room + "?template=" + investigating).text();
    assertThat(composer)
        .contains("Problems with " + component)
        .contains("We are investigating problems with " + component + " affecting all customers.")
        .doesNotContain("{impacted_services}");

    Map<String, String> form =
        Map.of(
            "status",
            "investigating",
            "visibility",
            "public",
            "publicTitle",
            "Problems adding to the basket",
            "message",
            "Some baskets fail to <b>update</b>.",
            "component:" + component,
            "partial_outage",
            "nextUpdateInMinutes",
            "");
    Reply preview = manager.submit(room, room + "/updates/preview", form);
    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.text())
        .contains("What customers will see", "Problems adding to the basket")
        .contains("Some baskets fail to &lt;b&gt;update&lt;/b&gt;.")
        .contains("Operational", "Partial outage")
        .contains("Next update by");
    assertThat(preview.text())
        .as("each subscriber channel, from the code that sends it")
        .contains("What subscribers will receive")
        .contains("[Investigating] Problems adding to the basket")
        .contains("Reveille: Problems adding to the basket - Investigating.")
        .contains("Text message (2 segments)")
        .contains("&quot;incident_updates&quot;")
        .contains("Affected: " + component + " (partial outage)");

    Reply apiPreview =
        manager.post(
            "/api/v1/incidents/" + number + "/updates/preview",
            Json.createObjectBuilder()
                .add("status", "investigating")
                .add("visibility", "public")
                .add("publicTitle", "Problems adding to the basket")
                .add("message", "Some baskets fail.")
                .add(
                    "components",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("component", component)
                                .add("status", "partial_outage")))
                .build());
    assertThat(apiPreview.status()).as(apiPreview.text()).isEqualTo(200);
    JsonObject channels = apiPreview.json().getJsonObject("channels");
    assertThat(channels.getJsonObject("email").getString("subject"))
        .isEqualTo("[Investigating] Problems adding to the basket");
    assertThat(channels.getJsonObject("sms").getString("text"))
        .startsWith("Reveille: Problems adding to the basket - Investigating. Some baskets fail.")
        .contains("/status/subscription/unsubscribe/");
    assertThat(channels.getJsonObject("sms").getInt("segments"))
        .as("plain GSM, over 160")
        .isEqualTo(2);
    assertThat(
            channels
                .getJsonObject("webhook")
                .getJsonObject("incident")
                .getJsonArray("components")
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("partial_outage");
    assertThat(channels.getJsonObject("chat").getString("text"))
        .startsWith("Investigating: Some baskets fail.");
    Reply internalPreview =
        manager.post(
            "/api/v1/incidents/" + number + "/updates/preview",
            Json.createObjectBuilder()
                .add("status", "investigating")
                .add("visibility", "internal")
                .add("message", "Heap dump taken.")
                .build());
    assertThat(internalPreview.status()).as(internalPreview.text()).isEqualTo(200);
    assertThat(internalPreview.json()).as("internal: no channel").doesNotContainKey("channels");
    assertThat(manager.get("/api/v1/incidents/" + number).json().getJsonArray("updates"))
        .as("a preview publishes nothing")
        .isEmpty();

    Reply posted = manager.submit(room, room + "/updates", form);
    assertThat(posted.status()).as(posted.text()).isEqualTo(303);

    JsonObject detail = manager.get("/api/v1/incidents/" + number).json();
    JsonObject update = detail.getJsonArray("updates").getJsonObject(0);
    JsonObject change = update.getJsonArray("components").getJsonObject(0);
    assertThat(change.getString("component")).isEqualTo(component);
    assertThat(change.getString("previous")).isEqualTo("operational");
    assertThat(change.getString("status")).isEqualTo("partial_outage");
    Instant postedAt = Instant.parse(update.getString("postedAt"));
    assertThat(Instant.parse(update.getString("nextUpdateAt")))
        .as("SEV1 cadence")
        .isEqualTo(postedAt.plus(Duration.ofMinutes(30)));
    assertThat(statusOf(component)).isEqualTo("partial_outage");
    assertThat(manager.get(room).text()).contains("Next public update due at", "in 29 min");

    Reply resolved =
        manager.post(
            "/api/v1/incidents/" + number + "/updates",
            Json.createObjectBuilder()
                .add("status", "resolved")
                .add("visibility", "public")
                .add("message", "Baskets work again.")
                .build());
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(201);
    assertThat(statusOf(component)).as("resolving brings it back").isEqualTo("operational");
    assertThat(resolved.json().getJsonArray("components").getJsonObject(0).getString("status"))
        .isEqualTo("operational");
  }

  @Test
  void aPromisedUpdateThatFallsDueRemindsTheCommunicationsLeadThenTheCommander() {
    String lead = Reveille.createPerson(admin, "comms-lead", PASSWORD, "responder");
    String phone = "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999));
    Reply contact =
        admin.put(
            "/api/v1/people/" + lead + "/contact",
            Json.createObjectBuilder()
                .add("email", lead + "@comms.example")
                .add("phone", phone)
                .build());
    assertThat(contact.status()).as(contact.text()).isEqualTo(200);
    String number = declare("Basket totals wrong");
    String incident = "/api/v1/incidents/" + number;
    assign(incident, "communications_lead", lead);
    assign(incident, "commander", managerName);
    Instant serverNow =
        Instant.parse(
            manager.get(incident).json().getJsonObject("incident").getString("declaredAt"));
    Instant promised = serverNow.plusSeconds(6);

    Reply update =
        manager.post(
            incident + "/updates",
            Json.createObjectBuilder()
                .add("status", "identified")
                .add("visibility", "public")
                .add("message", "We know why basket totals are wrong.")
                .add("nextUpdateAt", promised.toString())
                .build());
    assertThat(update.status()).as(update.text()).isEqualTo(201);
    assertThat(update.json().getString("nextUpdateAt")).isEqualTo(promised.toString());

    MimeMessage reminder = awaitMail(lead + "@comms.example", number, Duration.ofSeconds(20));
    assertThat(GreenMailUtil.getBody(reminder))
        .contains("The next public update was promised for")
        .contains("post it now")
        .contains("/incidents/" + number + "#update")
        .doesNotContain("Acknowledge");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                standIns.web.verify(
                    postRequestedFor(urlEqualTo(MESSAGES))
                        .withRequestBody(
                            containing("To=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)))));
    String sms =
        standIns.web.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
            .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8))
            .filter(body -> body.contains("To=" + phone))
            .findFirst()
            .orElseThrow();
    assertThat(sms).contains(number, "post it now").doesNotContain("Reply ACK");
    assertThat(steps(incident)).contains("POST_DUE_UPDATE");

    MimeMessage alert = awaitMail(managerName + "@example.com", number, Duration.ofSeconds(20));
    assertThat(GreenMailUtil.getBody(alert)).contains("have not had it");
    assertThat(timeline(incident))
        .anySatisfy(e -> assertThat(e).startsWith("UPDATE_DUE").contains("reminded " + lead))
        .anySatisfy(e -> assertThat(e).startsWith("UPDATE_OVERDUE").contains(managerName));

    Reply late =
        manager.post(
            incident + "/updates",
            Json.createObjectBuilder()
                .add("status", "identified")
                .add("visibility", "public")
                .add("message", "A fix is being deployed.")
                .build());
    assertThat(late.status()).as(late.text()).isEqualTo(201);
    assertThat(steps(incident)).doesNotContain("POST_DUE_UPDATE");
    manager.post(
        incident + "/updates",
        Json.createObjectBuilder()
            .add("status", "resolved")
            .add("visibility", "public")
            .add("message", "Totals are right again.")
            .build());
  }

  @Test
  void badUpdatesAreRefusedNamingTheField() {
    String number = declare("Basket slow");
    Reply past =
        manager.post(
            "/api/v1/incidents/" + number + "/updates",
            Json.createObjectBuilder()
                .add("status", "investigating")
                .add("visibility", "public")
                .add("message", "Looking.")
                .add("nextUpdateAt", "2001-01-01T00:00:00Z")
                .build());
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.problemFields()).containsExactly("nextUpdateAt");

    Reply unknown =
        manager.post(
            "/api/v1/incidents/" + number + "/updates",
            Json.createObjectBuilder()
                .add("status", "investigating")
                .add("visibility", "public")
                .add("message", "Looking.")
                .add(
                    "components",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("component", component)
                                .add("status", "on_fire")))
                .build());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.problemFields()).containsExactly("components[0].status");
    assertThat(statusOf(component)).isEqualTo("operational");
  }

  private String declare(String title) {
    Reply declared =
        manager.post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", title)
                .add(
                    "impact",
                    Json.createObjectBuilder()
                        .add("customerImpact", "all")
                        .add("criticalFunctionDown", true))
                .add("components", Json.createArrayBuilder().add(component))
                .build());
    assertThat(declared.status()).as(declared.text()).isEqualTo(201);
    return declared.json().getString("number");
  }

  private void assign(String incident, String role, String username) {
    Reply assigned =
        manager.put(
            incident + "/roles/" + role,
            Json.createObjectBuilder().add("username", username).build());
    assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
  }

  private long templateId(String name) {
    return manager.get("/api/v1/templates").jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private String statusOf(String name) {
    return manager.get("/api/v1/components").jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private List<String> steps(String incident) {
    return manager.get(incident).json().getJsonArray("nextSteps").stream()
        .map(s -> s.asJsonObject().getString("step"))
        .toList();
  }

  private List<String> timeline(String incident) {
    return manager.get(incident).json().getJsonArray("timeline").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("kind") + " " + e.getString("summary"))
        .toList();
  }

  private static MimeMessage awaitMail(String to, String number, Duration within) {
    return await()
        .atMost(within)
        .until(
            () ->
                Arrays.stream(standIns.mail.getReceivedMessages())
                    .filter(m -> sentTo(m, to) && subject(m).contains(number))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
  }

  private static boolean sentTo(MimeMessage m, String to) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().contains(to));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
