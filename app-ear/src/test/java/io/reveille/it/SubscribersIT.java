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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Subscribers against real stand-ins: GreenMail receives the e-mail, WireMock plays Twilio, Slack
 * and the webhook receivers. Every test subscribes from its own client address (the server trusts
 * 127.0.0.1 as a proxy, so {@code X-Forwarded-For} names the client), so the rate limit of one test
 * never touches another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscribersIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static final String MESSAGES =
      "/2010-04-01/Accounts/ACe0000000000000000000000000000001/Messages.json";
  private static final Pattern CONFIRM =
      Pattern.compile("http://127\\.0\\.0\\.1:8080(/status/subscription/confirm/[A-Za-z0-9._-]+)");
  private static final Pattern CODE = Pattern.compile("(\\d{6}) is your code");
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private static WireMockServer standIn;
  private static GreenMail mail;

  private Reveille admin;
  private Reveille manager;
  private String suffix;
  private String client;
  private long checkoutId;
  private long searchId;
  private String checkout;
  private String search;

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
  void twoPublicComponents() {
    standIn.resetAll();
    standIn.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(204)));
    standIn.stubFor(post(urlPathMatching("/slack/.*")).willReturn(aResponse().withBody("ok")));
    standIn.stubFor(
        post(urlEqualTo(MESSAGES))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\"}")));
    suffix = UUID.randomUUID().toString().substring(0, 6);
    client = "203.0.113." + CLIENTS.incrementAndGet();
    admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String managerName = Reveille.createPerson(admin, "comms", PASSWORD, "incident-manager");
    manager = Reveille.signIn(managerName, PASSWORD).withNewToken();
    checkout = "Checkout " + suffix;
    search = "Search " + suffix;
    checkoutId = component(checkout);
    searchId = component(search);
  }

  @Test
  void anIncidentsPublicUpdatesReachTheSubscribersOfItsComponentsOnly() throws Exception {
    // E-mail, double opt-in: the confirmation link's GET only asks, its button confirms.
    String ana = "ana@" + suffix + ".example";
    Reply subscribed = subscribe("email", ana, checkoutId);
    assertThat(subscribed.status()).as(subscribed.text()).isEqualTo(200);
    assertThat(subscribed.json().getString("outcome")).isEqualTo("confirmation_sent");
    String confirmPath = confirmLink(ana);
    Reveille anyone = Reveille.anonymous();
    assertThat(anyone.get(confirmPath).text()).contains("Confirm subscription", ana);
    assertThat(stateOf(ana)).isEqualTo("pending");
    assertThat(anyone.form(confirmPath, Map.of()).text()).contains("Confirmed.");
    assertThat(stateOf(ana)).isEqualTo("confirmed");

    // Text messages only after the texted code is typed in.
    String phone = "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999));
    Reply texted = subscribe("sms", phone, checkoutId);
    assertThat(texted.json().getString("outcome")).as(texted.text()).isEqualTo("code_sent");
    String code = awaitCode(phone);
    String codePath = URI.create(texted.json().getString("confirmUrl")).getPath();
    Reply wrong = anyone.send(form(codePath, code.equals("000000") ? "111111" : "000000"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.text()).contains("not the code we sent");
    assertThat(anyone.send(form(codePath, code)).text()).contains("Confirmed.");

    // Webhooks and a Slack channel start at once; a webhook's secret is shown once.
    String hook = "/hooks/checkout-" + suffix;
    Reply webhook = subscribe("webhook", "http://127.0.0.1:8089" + hook, checkoutId);
    assertThat(webhook.json().getString("outcome")).isEqualTo("subscribed");
    String secret = webhook.json().getString("signingSecret");
    assertThat(secret).startsWith("whsec_");
    String slack = "/slack/T0/B" + suffix + "/x";
    subscribe("slack", "http://127.0.0.1:8089" + slack, checkoutId);

    // Subscribers of the other component, one of them imported as confirmed elsewhere.
    String bo = "bo@" + suffix + ".example";
    Reply badImport =
        admin.post(
            "/api/v1/admin/subscribers/import",
            Json.createObjectBuilder()
                .add("csv", "kind,address,state,components\npigeon,x,confirmed,all\n")
                .build());
    assertThat(badImport.status()).isEqualTo(400);
    assertThat(badImport.problemFields()).containsExactly("csv[2].kind");
    Reply imported =
        admin.post(
            "/api/v1/admin/subscribers/import",
            Json.createObjectBuilder()
                .add(
                    "csv",
                    "kind,address,state,components\nemail," + bo + ",confirmed," + search + "\n")
                .build());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().getInt("imported")).isEqualTo(1);
    String otherHook = "/hooks/search-" + suffix;
    subscribe("webhook", "http://127.0.0.1:8089" + otherHook, searchId);

    // The incident: declared with an internal title, an internal update, then a public one.
    String number = declare("CANARY-TITLE " + suffix + " db-7 primary fenced");
    postUpdate(number, "internal", "CANARY-INTERNAL " + suffix + " rollback of db-7", null);
    postUpdate(
        number,
        "public",
        "Some card payments fail. We are rolling back a change.",
        "Card payments failing " + suffix);

    MimeMessage email = awaitEmail(ana, "[Investigating] Card payments failing " + suffix);
    String body = GreenMailUtil.getBody(email);
    assertThat(body)
        .contains(
            "Some card payments fail. We are rolling back a change.",
            "Affected: " + checkout + " (partial outage)",
            "Next update by",
            "Unsubscribe: http://127.0.0.1:8080/status/subscription/unsubscribe/");
    assertThat(email.getHeader("List-Unsubscribe")[0])
        .matches("<http://127\\.0\\.0\\.1:8080/status/subscription/unsubscribe/[^>]+>");
    assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

    LoggedRequest text =
        awaitPost(
            MESSAGES,
            r -> phone.equals(form(r).get("To")) && form(r).get("Body").contains("Card payments"));
    assertThat(form(text).get("Body"))
        .contains(
            "Some card payments fail",
            "Stop: http://127.0.0.1:8080/status/subscription/unsubscribe/");

    LoggedRequest posted = awaitPost(hook, r -> true);
    String json = posted.getBodyAsString();
    JsonObject payload = Json.createReader(new StringReader(json)).readObject();
    assertThat(payload.getJsonObject("incident").getString("name"))
        .isEqualTo("Card payments failing " + suffix);
    assertThat(payload.getJsonObject("incident").getString("status")).isEqualTo("investigating");
    assertThat(
            payload
                .getJsonObject("incident")
                .getJsonArray("incident_updates")
                .getJsonObject(0)
                .getString("body"))
        .isEqualTo("Some card payments fail. We are rolling back a change.");
    assertThat(payload.getJsonObject("meta").getString("unsubscribe"))
        .startsWith("http://127.0.0.1:8080/status/subscription/unsubscribe/");
    assertThat(verifies(secret, posted.getHeader("Reveille-Signature"), json)).isTrue();
    assertThat(verifies("whsec_forged", posted.getHeader("Reveille-Signature"), json)).isFalse();

    LoggedRequest channel = awaitPost(slack, r -> true);
    assertThat(channel.getBodyAsString()).contains("Card payments failing " + suffix, "\"blocks\"");

    // Nothing for the subscribers of the other component, nothing internal anywhere.
    awaitFanoutDone("Card payments failing " + suffix);
    assertThat(emailsTo(bo)).isEmpty();
    assertThat(standIn.findAll(postRequestedFor(urlEqualTo(otherHook)))).isEmpty();
    List<String> everything = new java.util.ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients())
          .anyMatch(a -> a.toString().endsWith(suffix + ".example"))) {
        everything.add(m.getSubject() + "\n" + GreenMailUtil.getBody(m));
      }
    }
    for (String path : List.of(hook, otherHook, slack, MESSAGES)) {
      standIn
          .findAll(postRequestedFor(urlEqualTo(path)))
          .forEach(r -> everything.add(r.getBodyAsString()));
    }
    assertThat(everything).hasSizeGreaterThanOrEqualTo(6);

    // The administrator sees them, and the fan-out, and can take them elsewhere as CSV.
    Reply page = admin.get("/admin/subscribers?q=" + suffix);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    assertThat(page.text()).contains(ana, bo, "Card payments failing " + suffix);
    Reply csv = admin.get("/api/v1/admin/subscribers/export?kind=email&q=" + suffix);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.text())
        .startsWith("kind,address,state,components,created_at,confirmed_at")
        .contains("email," + ana + ",confirmed," + checkout + ",")
        .contains("email," + bo + ",confirmed," + search + ",")
        .doesNotContain("whsec_");
    assertThat(everything)
        .noneMatch(t -> t.contains("CANARY-INTERNAL " + suffix))
        .noneMatch(t -> t.contains("CANARY-TITLE " + suffix));
  }

  @Test
  void eMailNeedsItsConfirmationAndOneClickUnsubscribes() throws Exception {
    String cy = "cy@" + suffix + ".example";
    // The form, as a person fills it in: no JavaScript, no sign-in.
    Reveille person = Reveille.anonymous();
    Reply page = person.get("/status/subscribe");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Subscribe to updates", checkout, search);
    Reply done =
        person.send(formRequest("/status/subscribe", Map.of("kind", "email", "address", cy)));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    assertThat(done.text()).contains("Check your inbox", cy);

    String number = declare("Declared " + suffix);
    postUpdate(number, "public", "Before the confirmation.", "Slow search " + suffix);
    awaitFanoutDone("Slow search " + suffix);

    person.form(confirmLink(cy), Map.of());
    postUpdate(number, "public", "After the confirmation.", null);
    awaitFanoutDone("Slow search " + suffix);
    MimeMessage update = awaitEmail(cy, "[Investigating] Slow search " + suffix);
    assertThat(GreenMailUtil.getBody(update)).contains("After the confirmation.");
    assertThat(emailsTo(cy).stream().map(SubscribersIT::subject))
        .as("the confirmation and the one update sent after it")
        .hasSize(2);

    // The mail provider's one-click unsubscribe (RFC 8058): a POST to the header's link.
    String header = update.getHeader("List-Unsubscribe")[0];
    String link = URI.create(header.substring(1, header.length() - 1)).getPath();
    Reply unsubscribed =
        Reveille.anonymous().send(formRequest(link, Map.of("List-Unsubscribe", "One-Click")));
    assertThat(unsubscribed.status()).isEqualTo(200);
    assertThat(unsubscribed.text()).contains("Unsubscribed.");
    assertThat(stateOf(cy)).isEqualTo("unsubscribed");

    postUpdate(number, "public", "After unsubscribing.", null);
    awaitFanoutDone("Slow search " + suffix);
    assertThat(emailsTo(cy)).hasSize(2);
  }

  @Test
  void badInputIsNamedAndWhatWasTypedIsKept() {
    Reveille person = Reveille.anonymous();
    Reply page =
        person.send(
            formRequest(
                "/status/subscribe",
                Map.of("kind", "email", "address", "<script>alert(1)</script>")));
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text())
        .contains("id=\"address-error\"", "Give an e-mail address")
        .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
        .doesNotContain("<script>alert(1)");

    Reply problem = subscribe("fax", "+14155550100");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
    assertThat(problem.problemFields()).containsExactly("kind");
    assertThat(subscribe("webhook", "ftp://example.com/x").problemFields())
        .containsExactly("address");
    assertThat(subscribe("email", "ana@example.com", 999_999_999L).problemFields())
        .containsExactly("components");
    Reply garbage =
        Reveille.anonymous()
            .send(
                Reveille.anonymous()
                    .request("/api/v1/public/subscribers")
                    .header("X-Forwarded-For", client)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{nope")));
    assertThat(garbage.status()).isEqualTo(400);
  }

  @Test
  void tooManySubscriptionsFromOneAddressAnswer429WithRetryAfter() {
    int accepted = 0;
    Reply last = null;
    for (int i = 0; i < 11; i++) {
      last = subscribe("email", "flood" + i + "@" + suffix + ".example");
      if (last.status() == 200) {
        accepted++;
      }
    }
    assertThat(accepted).isEqualTo(10);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(last.json().getString("type")).endsWith("/too-many-requests");
    assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 6);

    Reply page =
        Reveille.anonymous()
            .send(
                formRequest(
                    "/status/subscribe", Map.of("kind", "email", "address", "x@y.example")));
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.header("Retry-After")).isNotNull();
    assertThat(page.text()).contains("Too many requests");

    client = "198.51.100." + CLIENTS.incrementAndGet();
    assertThat(subscribe("email", "other@" + suffix + ".example").status())
        .as("another address is not limited")
        .isEqualTo(200);
  }

  // ----- helpers -----

  private Reply subscribe(String kind, String address, Long... components) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    Arrays.stream(components).forEach(ids::add);
    JsonStructure body =
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("address", address)
            .add("components", ids)
            .build();
    return Reveille.anonymous()
        .send(
            Reveille.anonymous()
                .request("/api/v1/public/subscribers")
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private HttpRequest.Builder formRequest(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return Reveille.anonymous()
        .request(path)
        .header("X-Forwarded-For", client)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpRequest.Builder form(String path, String code) {
    return formRequest(path, Map.of("code", code));
  }

  private long component(String name) {
    Reply created =
        admin.post(
            "/api/v1/components",
            Json.createObjectBuilder().add("name", name).add("description", "Public").build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private String declare(String title) {
    return manager
        .declare(title, "Declared by the subscriber tests", "some", false, checkout)
        .getString("number");
  }

  private void postUpdate(String number, String visibility, String message, String publicTitle) {
    var update =
        Json.createObjectBuilder()
            .add("status", "investigating")
            .add("visibility", visibility)
            .add("message", message);
    if (visibility.equals("public")) {
      update.add("nextUpdateAt", "2026-11-24T05:00:00Z");
    }
    if (publicTitle != null) {
      update.add("publicTitle", publicTitle);
      update.add(
          "components",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("component", checkout)
                      .add("status", "partial_outage")));
    }
    Reply posted = manager.post("/api/v1/incidents/" + number + "/updates", update.build());
    assertThat(posted.status()).as(posted.text()).isBetween(200, 201);
  }

  private String stateOf(String address) {
    JsonObject list = admin.get("/api/v1/admin/subscribers?q=" + address).json();
    return list.getJsonArray("subscribers").getJsonObject(0).getString("state");
  }

  /** Waits until the latest fan-out of the incident titled so has nothing pending. */
  private void awaitFanoutDone(String title) {
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                admin.get("/api/v1/admin/subscribers/fanouts").jsonArray().stream()
                    .map(v -> v.asJsonObject())
                    .filter(f -> f.getString("title").equals(title))
                    .findFirst()
                    .map(f -> f.getJsonNumber("pending").longValue() == 0)
                    .orElse(false));
  }

  private static String confirmLink(String address) {
    MimeMessage confirmation = awaitEmail(address, "Confirm your subscription");
    Matcher link = CONFIRM.matcher(GreenMailUtil.getBody(confirmation));
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  private static String awaitCode(String phone) {
    LoggedRequest text =
        awaitPost(
            MESSAGES,
            r -> phone.equals(form(r).get("To")) && CODE.matcher(form(r).get("Body")).find());
    Matcher code = CODE.matcher(form(text).get("Body"));
    assertThat(code.find()).isTrue();
    return code.group(1);
  }

  private static MimeMessage awaitEmail(String to, String subjectStart) {
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> emailsTo(to).stream().anyMatch(m -> subject(m).startsWith(subjectStart)));
    return emailsTo(to).stream().filter(m -> subject(m).startsWith(subjectStart)).findFirst().get();
  }

  private static List<MimeMessage> emailsTo(String to) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(to));
              } catch (MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static LoggedRequest awaitPost(
      String path, java.util.function.Predicate<LoggedRequest> matching) {
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> standIn.findAll(postRequestedFor(urlEqualTo(path))).stream().anyMatch(matching));
    return standIn.findAll(postRequestedFor(urlEqualTo(path))).stream()
        .filter(matching)
        .findFirst()
        .get();
  }

  private static Map<String, String> form(LoggedRequest request) {
    return Arrays.stream(request.getBodyAsString().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                (a, b) -> a));
  }

  /** What a receiver does: recompute the HMAC of "t.body" and refuse stale timestamps. */
  private static boolean verifies(String secret, String header, String body) throws Exception {
    Map<String, String> parts =
        Arrays.stream(header.split(","))
            .map(p -> p.split("=", 2))
            .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    long t = Long.parseLong(parts.get("t"));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    return expected.equals(parts.get("v1")) && Math.abs(Instant.now().getEpochSecond() - t) < 300;
  }
}
