package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The postmortem workflow over HTTP against the real server: drafted from the incident's record,
 * warned about blame at submission, sent back, rewritten, approved (the incident closes), its
 * public text published onto the status page, its JSON and its feed; reviewers and action item
 * owners reminded by e-mail on the short timers the failsafe arguments configure (a SEV3 review is
 * due 8 s after submission, reviewers hear 4 s before; overdue items are brought up every 4 s).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostmortemIT {
  private static final String PASSWORD = StatusStory.PASSWORD;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static StandIns standIns;

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

  @Test
  void writtenReviewedApprovedPublishedAndFollowedUp() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String leaderName = Reveille.createPerson(admin, "pm-leader", PASSWORD, "leadership");
    String ownerName = Reveille.createPerson(admin, "pm-owner", PASSWORD, "responder");
    Reveille leader = Reveille.signIn(leaderName, PASSWORD);
    Reveille owner = Reveille.signIn(ownerName, PASSWORD).withNewToken();
    StatusStory story = StatusStory.begin("Billing");
    String publicTitle = "Invoices delayed " + story.suffix;
    story.declare("Invoice queue stuck " + story.suffix);
    Reply reassessed =
        story.manager.put(
            story.incident + "/impact",
            Json.createObjectBuilder()
                .add(
                    "impact",
                    Json.createObjectBuilder()
                        .add("customerImpact", "none")
                        .add("dataLoss", false)
                        .add("securityBreach", false)
                        .add("criticalFunctionDown", false)
                        .add("externallyVisible", true))
                .build());
    assertThat(reassessed.json().getString("severity")).isEqualTo("SEV3");
    story.postPublic("investigating", publicTitle, "Invoices arrive late.", "degraded_performance");
    story.postPublic("resolved", null, "Invoices arrive on time again.", "operational");
    String postmortem = story.incident + "/postmortem";
    String number = "INC-" + story.number;

    // Drafted from the record: every event in the timeline, durations computed.
    JsonObject draft = story.manager.get(postmortem).json();
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(texts(draft, "timeline", "text"))
        .anySatisfy(t -> assertThat(t).startsWith("Declared by"))
        .anySatisfy(t -> assertThat(t).startsWith("Severity changed from SEV1 to SEV3"))
        .anySatisfy(t -> assertThat(t).isEqualTo("Resolved: Invoices arrive on time again."));
    JsonObject durations = draft.getJsonObject("durations");
    assertThat(durations.getJsonNumber("toResolveSeconds")).isNotNull();
    assertThat(durations.getJsonObject("inSeveritySeconds").keySet()).contains("SEV1", "SEV3");
    assertThat(durations.getJsonObject("inStatusSeconds").keySet()).contains("INVESTIGATING");

    // Written with blame in it: a bad field is named; the blameless check warns at submission.
    Reply badDate =
        story.manager.put(
            postmortem, document(draft, ownerName, "2026-13-01", "was careless", ownerName));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
    assertThat(badDate.problemFields()).containsExactly("actionItems[0].dueDate");
    Reply saved =
        story.manager.put(
            postmortem,
            document(draft, ownerName, TODAY.toString(), "was careless; human error", ownerName));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    Reply submitted = story.manager.post(postmortem + "/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    assertThat(submitted.json().getString("state")).isEqualTo("IN_REVIEW");
    assertThat(texts(submitted.json(), "warnings", "phrase"))
        .contains("careless", "human error", ownerName);
    assertThat(texts(submitted.json(), "warnings", "section")).contains("contributingFactors");
    assertThat(page(leader, "/incidents/" + number + "/postmortem"))
        .contains("Blameless check")
        .contains("&quot;careless&quot; judges a person");

    // The owner hears about the item due today, and again and again about yesterday's.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(bodiesTo(ownerName, number))
                  .anySatisfy(b -> assertThat(b).contains("Your action item is due on " + TODAY))
                  .filteredOn(b -> b.contains("Your action item is overdue since 2026-11-23"))
                  .hasSizeGreaterThanOrEqualTo(2);
            });
    // Leadership is reminded; the incident manager hears when the review is overdue.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(bodiesTo(leaderName, number))
                    .anySatisfy(b -> assertThat(b).contains("waits for your review")));
    String managerName = story.manager.get("/api/v1/me").json().getString("username");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(bodiesTo(managerName, number))
                    .anySatisfy(
                        b -> assertThat(b).contains("nobody from leadership has reviewed it")));

    // My action items, and every open one for leadership.
    List<JsonObject> mine =
        owner.get("/api/v1/action-items").jsonArray().getValuesAs(JsonObject.class);
    assertThat(mine).hasSize(2);
    assertThat(mine).anySatisfy(i -> assertThat(i.getBoolean("overdue")).isTrue());
    assertThat(leader.get("/api/v1/action-items/open").text()).contains("Replay the stuck queue");
    assertThat(page(leader, "/action-items/open"))
        .contains("Every open action item")
        .contains("Replay the stuck queue automatically")
        .contains("overdue")
        .contains(ownerName);

    // Sent back with a comment, rewritten without blame, approved: the incident closes.
    Reply comment =
        leader.post(
            postmortem + "/comments",
            Json.createObjectBuilder()
                .add("section", "impact")
                .add("body", "How many invoices?")
                .build());
    assertThat(comment.status()).as(comment.text()).isEqualTo(200);
    Reply badSection =
        leader.post(
            postmortem + "/comments",
            Json.createObjectBuilder().add("section", "nonsense").add("body", "?").build());
    assertThat(badSection.problemFields()).containsExactly("section");
    Reply changes =
        leader.post(
            postmortem + "/reviews",
            Json.createObjectBuilder()
                .add("decision", "changes_requested")
                .add("comment", "Describe the system, not the person.")
                .build());
    assertThat(changes.json().getString("state")).isEqualTo("CHANGES_REQUESTED");
    JsonObject current = story.manager.get(postmortem).json();
    Reply rewritten =
        story.manager.put(
            postmortem,
            document(current, ownerName, TODAY.toString(), "met no alert on queue age", "Ops"));
    assertThat(rewritten.status()).as(rewritten.text()).isEqualTo(200);
    Reply resubmitted = story.manager.post(postmortem + "/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(resubmitted.json().getJsonArray("warnings")).isEmpty();
    Reply approved =
        leader.post(
            postmortem + "/reviews",
            Json.createObjectBuilder()
                .add("decision", "approved")
                .add("comment", "Clear.")
                .build());
    assertThat(approved.json().getString("state")).isEqualTo("APPROVED");
    assertThat(
            story.manager.get(story.incident).json().getJsonObject("incident").getString("status"))
        .isEqualTo("CLOSED");

    // Published: on the status page, in the JSON and the feed; the internal text is not.
    Reply published = story.manager.post(postmortem + "/publication", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(published.status()).as(published.text()).isEqualTo(200);
    assertThat(published.json().getString("state")).isEqualTo("PUBLISHED");
    Reveille reader = Reveille.anonymous();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(reader.get("/status/incidents/" + story.number).text())
                    .contains("Postmortem")
                    .contains("Some invoices reached customers up to two hours late.")
                    .contains("What we are doing about it")
                    .doesNotContain("queue age"));
    JsonObject incidentJson =
        reader.get("/api/v2/incidents.json").json().getJsonArray("incidents").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("name").equals(publicTitle))
            .findFirst()
            .orElseThrow();
    assertThat(incidentJson.getString("postmortem_body"))
        .startsWith("Some invoices reached customers up to two hours late.")
        .contains("We now alert on the age of the oldest invoice.")
        .doesNotContain("queue age")
        .doesNotContain(ownerName);
    assertThat(incidentJson.getString("postmortem_published_at")).isNotBlank();
    assertThat(reader.get("/status/feed.atom").text())
        .contains(publicTitle + ": Postmortem")
        .contains("Some invoices reached customers up to two hours late.");
    // What customers were told includes the published postmortem: a public-only search finds
    // its words, and still not the internal postmortem's.
    JsonObject told = publicSearch(story, "oldest " + story.suffix);
    assertThat(told.getInt("total")).isEqualTo(1);
    JsonObject hit = told.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("snippet")).contains("the age of the oldest invoice.");
    assertThat(hit.getBoolean("hasPostmortem")).isTrue();
    assertThat(publicSearch(story, "queue age " + story.suffix).getInt("total")).isZero();
    assertThat(
            story
                .manager
                .get("/api/v1/search?q=" + enc("queue age " + story.suffix))
                .json()
                .getInt("total"))
        .isEqualTo(1);

    // Done: the reminders about it stop.
    long yesterdays =
        mine.stream()
            .filter(i -> i.getString("dueDate").equals("2026-11-23"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Reply done =
        owner.put(
            "/api/v1/action-items/" + yesterdays + "/state",
            Json.createObjectBuilder().add("state", "done").build());
    assertThat(done.json().getString("state")).isEqualTo("DONE");
    int nags = overdueMails(ownerName, number);
    await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8)).until(() -> true);
    assertThat(overdueMails(ownerName, number)).isEqualTo(nags);
  }

  @Test
  void anAdministratorAdjustsTheTemplate() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String form = "/admin/postmortem-template";
    assertThat(page(admin, form)).contains("Postmortem template").contains("Where we got lucky");

    Reply untitled =
        admin.submit(form, form, "key", "summary", "title", " ", "prompt", "", "position", "10");
    assertThat(untitled.status()).isEqualTo(400);
    assertThat(untitled.text()).contains("Give the section a title.");

    Reply saved =
        admin.submit(
            form,
            form,
            "key",
            "summary",
            "title",
            "Summary",
            "prompt",
            "Two sentences.",
            "position",
            "10",
            "key",
            "impact",
            "title",
            "Customer impact",
            "prompt",
            "",
            "position",
            "20",
            "key",
            "contributingFactors",
            "title",
            "Contributing factors",
            "prompt",
            "",
            "position",
            "40",
            "key",
            "resolution",
            "title",
            "Resolution",
            "prompt",
            "",
            "position",
            "50",
            "key",
            "",
            "title",
            "Customer communication",
            "prompt",
            "What we told whom.",
            "position",
            "30");
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    try {
      JsonObject template = admin.get("/api/v1/postmortem-template").json();
      assertThat(texts(template, "sections", "title"))
          .containsExactly(
              "Summary",
              "Customer impact",
              "Customer communication",
              "Contributing factors",
              "Resolution");
      assertThat(texts(template, "sections", "key")).contains("customer-communication");
      assertThat(page(admin, form))
          .contains("What we told whom.")
          .doesNotContain("Where we got lucky");
      Reply notAdmin =
          Reveille.signIn(
                  Reveille.createPerson(admin, "pm-im", PASSWORD, "incident-manager"), PASSWORD)
              .put(
                  "/api/v1/postmortem-template",
                  Json.createObjectBuilder().add("sections", Json.createArrayBuilder()).build());
      assertThat(notAdmin.status()).isEqualTo(403);
    } finally {
      assertThat(admin.submit(form, form, "intent", "reset").status()).isEqualTo(303);
    }
    assertThat(admin.get("/api/v1/postmortem-template").json().getJsonArray("sections"))
        .hasSize(10);
  }

  private static JsonObject document(
      JsonObject read, String owner, String firstDue, String factor, String who) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    List<JsonObject> existing = read.getJsonArray("actionItems").getValuesAs(JsonObject.class);
    JsonObject first =
        Json.createObjectBuilder()
            .add("description", "Alert on the age of the oldest invoice")
            .add("owner", owner)
            .add("dueDate", firstDue)
            .add("state", "open")
            .add("type", "mitigate")
            .add("priority", "high")
            .add("trackerUrl", "https://tracker.example.com/BILL-7")
            .build();
    JsonObject second =
        Json.createObjectBuilder()
            .add("description", "Replay the stuck queue automatically")
            .add("owner", owner)
            .add("dueDate", "2026-11-23")
            .add("state", "open")
            .add("type", "prevent")
            .add("priority", "medium")
            .build();
    for (JsonObject item : List.of(first, second)) {
      var builder = Json.createObjectBuilder(item);
      existing.stream()
          .filter(e -> e.getString("description").equals(item.getString("description")))
          .findFirst()
          .ifPresent(e -> builder.add("id", e.getJsonNumber("id")));
      items.add(builder);
    }
    return Json.createObjectBuilder()
        .add("summary", "Invoices were delayed for two hours.")
        .add("impact", "1,200 invoices late; 14 support contacts.")
        .add("contributingFactors", who + " " + factor + ".")
        .add("trigger", "A malformed invoice blocked the queue.")
        .add("resolution", "The invoice was removed and the queue replayed.")
        .add("detection", "A customer wrote to support.")
        .add("wentWell", "The replay worked first time.")
        .add("wentWrong", "No alert fired.")
        .add("gotLucky", "It was a quiet day.")
        .add("supportingInformation", "Queue dashboard.")
        .add("actionItems", items)
        .add(
            "publicPostmortem",
            Json.createObjectBuilder()
                .add("summary", "Some invoices reached customers up to two hours late.")
                .add("whatHappened", "One invoice we could not process held up the others.")
                .add("nextSteps", "We now alert on the age of the oldest invoice."))
        .add(
            "version", read.getJsonNumber("version") == null ? JsonValue.NULL : read.get("version"))
        .build();
  }

  private static List<String> texts(JsonObject json, String array, String field) {
    return json.getJsonArray(array).stream().map(v -> v.asJsonObject().getString(field)).toList();
  }

  private static String page(Reveille who, String path) {
    Reply reply = who.get(path);
    assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(200);
    return reply.text();
  }

  private static int overdueMails(String username, String number) {
    return (int)
        bodiesTo(username, number).stream()
            .filter(b -> b.contains("Your action item is overdue since"))
            .count();
  }

  /** Bodies of the e-mails to {@code username} about incident {@code number}. */
  private static List<String> bodiesTo(String username, String number) {
    return Arrays.stream(standIns.mail.getReceivedMessages())
        .filter(m -> isTo(m, username + "@example.com") && subject(m).contains(number + " "))
        .map(GreenMailUtil::getBody)
        .map(b -> b.replace("=\r\n", "").replace("\r\n", "\n"))
        .toList();
  }

  private static boolean isTo(MimeMessage m, String address) {
    try {
      Address[] to = m.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject publicSearch(StatusStory story, String q) {
    Reply found = story.manager.get("/api/v1/search?public=true&q=" + enc(q));
    assertThat(found.status()).as(found.text()).isEqualTo(200);
    return found.json();
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
