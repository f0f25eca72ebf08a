package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole incident lifecycle over HTTP against the real server: declared, classified, updated
 * through every status, resolved, postmortem written, sent back by leadership, rewritten, approved,
 * and only then closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentLifecycleIT {
  private static final String PASSWORD = "correct horse battery staple";

  private Reveille manager;
  private Reveille responder;
  private Reveille leader;
  private Reveille support;
  private String managerName;
  private String responderName;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeEach
  void people() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    managerName = Reveille.createPerson(admin, "manager", PASSWORD, "incident-manager");
    responderName = Reveille.createPerson(admin, "responder", PASSWORD, "responder");
    String leaderName = Reveille.createPerson(admin, "leader", PASSWORD, "leadership");
    String supportName = Reveille.createPerson(admin, "support", PASSWORD, "support");
    manager = Reveille.signIn(managerName, PASSWORD).withNewToken();
    responder = Reveille.signIn(responderName, PASSWORD).withNewToken();
    leader = Reveille.signIn(leaderName, PASSWORD);
    support = Reveille.signIn(supportName, PASSWORD);
  }

  @Test
  void anIncidentClosesOnlyAfterLeadershipApprovesItsPostmortem() {
    Reply preview = manager.post("/api/v1/incidents/severity-preview", impact("all", true));
    assertThat(preview.json().getString("severity")).isEqualTo("SEV1");
    assertThat(preview.json().getString("reason")).isEqualTo("All customers are affected.");

    Reply declared =
        manager.post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", "Checkout payments failing")
                .add("summary", "Card payments return an error.")
                .add("impact", impact("all", true))
                .build());
    assertThat(declared.status()).as(declared.text()).isEqualTo(201);
    String number = declared.json().getString("number");
    assertThat(declared.header("Location")).endsWith("/api/v1/incidents/" + number);
    assertThat(declared.json().getString("severity")).isEqualTo("SEV1");
    assertThat(declared.json().getString("severityReason"))
        .isEqualTo("All customers are affected.");
    assertThat(declared.json().getString("status")).isEqualTo("INVESTIGATING");
    String incident = "/api/v1/incidents/" + number;

    assertThat(steps(incident)).containsExactly("ASSIGN_COMMANDER", "POST_FIRST_UPDATE");

    Reply commander =
        manager.put(
            incident + "/roles/commander",
            Json.createObjectBuilder().add("username", managerName).build());
    assertThat(commander.status()).as(commander.text()).isEqualTo(200);
    assertThat(steps(incident)).containsExactly("POST_FIRST_UPDATE");
    JsonObject listed =
        manager.get("/api/v1/incidents?status=investigating&severity=sev1&size=200").json();
    assertThat(listed.getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            item -> {
              assertThat(item.getString("number")).isEqualTo(number);
              assertThat(item.getString("commander")).isEqualTo(managerName);
            });

    update(manager, incident, "investigating", "public", "We are investigating failed payments.");
    assertThat(steps(incident)).isEmpty();
    update(
        responder, incident, "identified", "internal", "Gateway TLS certificate expired at 09:12.");
    update(manager, incident, "identified", "public", "We found the cause and are fixing it.");

    Reply reassessed =
        manager.put(
            incident + "/impact",
            Json.createObjectBuilder().add("impact", impact("some", false)).build());
    assertThat(reassessed.status()).as(reassessed.text()).isEqualTo(200);
    assertThat(reassessed.json().getString("severity")).isEqualTo("SEV2");
    assertThat(reassessed.json().getString("severityReason"))
        .isEqualTo("Some customers are affected.");

    update(manager, incident, "monitoring", "public", "A fix is in place; we are monitoring.");
    Reply resolved =
        update(manager, incident, "resolved", "public", "Payments work normally again.");

    JsonObject room = manager.get(incident).json();
    assertThat(room.getJsonObject("incident").getString("status")).isEqualTo("RESOLVED");
    JsonObject writePostmortem = room.getJsonArray("nextSteps").getJsonObject(0);
    assertThat(writePostmortem.getString("step")).isEqualTo("WRITE_POSTMORTEM");
    assertThat(writePostmortem.getString("assignee")).isEqualTo(managerName);
    Instant resolvedAt = Instant.parse(resolved.json().getString("postedAt"));
    assertThat(Instant.parse(writePostmortem.getString("dueAt")))
        .as("a SEV2 postmortem is due five business days after resolution")
        .isEqualTo(fiveBusinessDaysAfter(resolvedAt).truncatedTo(ChronoUnit.MILLIS));
    assertThat(timeline(room))
        .contains("Severity changed from SEV1 to SEV2: Some customers are affected.");

    Reply backToIdentified =
        update(manager, incident, "identified", "public", "Actually, not quite.");
    assertThat(backToIdentified.status()).isEqualTo(409);
    assertThat(backToIdentified.header("Content-Type")).startsWith("application/problem+json");
    assertThat(backToIdentified.problemFields()).containsExactly("status");

    Reply incomplete =
        manager.post(incident + "/postmortem/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(incomplete.status()).isEqualTo(409);

    Reply saved =
        manager.put(incident + "/postmortem", postmortem("Payments failed for 47 minutes.", ""));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    Reply missingSections =
        manager.post(incident + "/postmortem/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(missingSections.status()).isEqualTo(400);
    assertThat(missingSections.problemFields()).containsExactly("contributingFactors");

    manager.put(
        incident + "/postmortem",
        postmortem("Payments failed for 47 minutes.", "Manual certificate renewal."));
    Reply submitted =
        manager.post(incident + "/postmortem/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(submitted.json().getString("state")).isEqualTo("IN_REVIEW");
    assertThat(leader.get("/api/v1/tasks").jsonArray())
        .anySatisfy(
            task -> {
              assertThat(task.asJsonObject().getString("incident")).isEqualTo(number);
              assertThat(task.asJsonObject().getString("step")).isEqualTo("REVIEW_POSTMORTEM");
            });

    Reply responderReview =
        responder.post(incident + "/postmortem/reviews", review("approved", "fine"));
    assertThat(responderReview.status()).isEqualTo(403);
    Reply noComment =
        leader.post(incident + "/postmortem/reviews", review("changes_requested", ""));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.problemFields()).containsExactly("comment");

    Reply changes =
        leader.post(
            incident + "/postmortem/reviews", review("changes_requested", "Quantify the impact."));
    assertThat(changes.json().getString("state")).isEqualTo("CHANGES_REQUESTED");
    assertThat(manager.get(incident).json().getJsonObject("incident").getString("status"))
        .isEqualTo("RESOLVED");
    assertThat(steps(incident)).containsExactly("WRITE_POSTMORTEM");

    manager.put(
        incident + "/postmortem",
        postmortem("Payments failed for 47 minutes; 1,900 orders.", "Manual renewal."));
    manager.post(incident + "/postmortem/submission", JsonValue.EMPTY_JSON_OBJECT);
    Reply approved =
        leader.post(incident + "/postmortem/reviews", review("approved", "Thank you."));
    assertThat(approved.json().getString("state")).isEqualTo("APPROVED");

    JsonObject closed = manager.get(incident).json();
    assertThat(closed.getJsonObject("incident").getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonObject("incident").getString("closedAt")).isNotBlank();
    assertThat(closed.getJsonArray("nextSteps")).isEmpty();
    List<String> story = timeline(closed);
    assertThat(story.get(story.size() - 1)).isEqualTo("Closed: postmortem approved");
    assertThat(story).contains("Changes requested: Quantify the impact.", "Postmortem approved");
  }

  @Test
  void supportStaffSeeOnlyPublicUpdates() {
    String incident = declare("Search is slow", "some");
    update(manager, incident, "investigating", "public", "Search is slow for some customers.");
    update(
        manager, incident, "investigating", "internal", "Suspect the 07:40 release of search-api.");

    List<String> seenBySupport = messages(support.get(incident).json());
    List<String> seenByResponder = messages(responder.get(incident).json());

    assertThat(seenBySupport).containsExactly("Search is slow for some customers.");
    assertThat(seenByResponder).contains("Suspect the 07:40 release of search-api.");
    assertThat(support.get(incident).text()).doesNotContain("07:40 release");
  }

  @Test
  void badInputGetsAProblemNamingTheField() {
    Reply noTitle =
        manager.post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", " ")
                .add("impact", impact("none", false))
                .build());
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.header("Content-Type")).startsWith("application/problem+json");
    assertThat(noTitle.problemFields()).containsExactly("title");

    Reply badImpact =
        manager.post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", "Something")
                .add("impact", Json.createObjectBuilder().add("customerImpact", "most"))
                .build());
    assertThat(badImpact.status()).isEqualTo(400);
    assertThat(badImpact.problemFields()).containsExactly("impact.customerImpact");
    assertThat(badImpact.json().getJsonArray("errors").getJsonObject(0).getString("pointer"))
        .isEqualTo("#/impact/customerImpact");

    Reply everythingWrong =
        manager.post("/api/v1/incidents", Json.createObjectBuilder().add("title", " ").build());
    assertThat(everythingWrong.status()).isEqualTo(400);
    assertThat(everythingWrong.problemFields()).containsExactly("impact", "title");

    Reply badPage = manager.get("/api/v1/incidents?page=abc");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.problemFields()).containsExactly("page");
    assertThat(badImpact.json().getString("detail")).contains("none, some, all");

    Reply notJson = manager.post("/api/v1/incidents", "{\"title\": ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.text()).doesNotContain("Exception").doesNotContain("at io.");

    Reply unknown = manager.get("/api/v1/incidents/INC-999999");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("detail")).isEqualTo("There is no incident INC-999999.");

    Reply anonymous = Reveille.anonymous().get("/api/v1/incidents");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().getString("title")).isEqualTo("Sign-in required");

    Reply responderReassesses =
        responder.put(
            declare("Disk full", "none") + "/impact",
            Json.createObjectBuilder().add("impact", impact("all", false)).build());
    assertThat(responderReassesses.status()).isEqualTo(403);
  }

  @Test
  void aStaleVersionIsRefusedWithConflict() {
    String incident = declare("Queue backlog", "some");
    long version =
        manager.get(incident).json().getJsonObject("incident").getJsonNumber("version").longValue();
    update(manager, incident, "investigating", "public", "Looking into it.");

    Reply stale =
        manager.post(
            incident + "/updates",
            Json.createObjectBuilder()
                .add("status", "identified")
                .add("visibility", "public")
                .add("message", "Written against an old page.")
                .add("version", version)
                .build());
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.problemFields()).containsExactly("version");
    assertThat(messages(manager.get(incident).json()))
        .doesNotContain("Written against an old page.");
  }

  @Test
  void concurrentResolutionsResolveOnceAndLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 3; round++) {
        String incident = declare("Cache cluster down " + round, "all");
        List<Callable<Integer>> attempts =
            java.util.stream.IntStream.range(0, 6)
                .<Callable<Integer>>mapToObj(
                    i ->
                        () ->
                            update(
                                    manager,
                                    incident,
                                    "resolved",
                                    "public",
                                    "Resolved by attempt " + i)
                                .status())
                .toList();
        List<Integer> statuses =
            pool.invokeAll(attempts).stream().map(IncidentLifecycleIT::get).toList();
        assertThat(statuses).as("round %d", round).containsOnly(201, 409).containsOnlyOnce(201);

        JsonObject room = manager.get(incident).json();
        assertThat(
                room.getJsonArray("updates").stream()
                    .filter(u -> u.asJsonObject().getString("status").equals("RESOLVED"))
                    .count())
            .isEqualTo(1);
        assertThat(
                room.getJsonArray("nextSteps").stream()
                    .map(s -> s.asJsonObject().getString("step")))
            .containsExactly("WRITE_POSTMORTEM");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anOverdueFirstUpdateIsFlaggedByTheProcessTimer() {
    // The whole-system tests run with the first public update due 3 s after declaration.
    String incident = declare("Metrics pipeline stalled", "none");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .pollInterval(java.time.Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(timeline(manager.get(incident).json()))
                    .contains("Overdue: Post the first public update"));
    JsonObject room = manager.get(incident).json();
    Instant due =
        room.getJsonArray("nextSteps").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("step").equals("POST_FIRST_UPDATE"))
            .map(s -> Instant.parse(s.getString("dueAt")))
            .findFirst()
            .orElseThrow();
    Instant flagged =
        room.getJsonArray("timeline").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("kind").equals("STEP_OVERDUE"))
            .map(e -> Instant.parse(e.getString("occurredAt")))
            .findFirst()
            .orElseThrow();
    assertThat(java.time.Duration.between(due, flagged))
        .as("the timer fires within about a second of the due time")
        .isBetween(java.time.Duration.ZERO, java.time.Duration.ofMillis(2500));
  }

  private String declare(String title, String customerImpact) {
    Reply declared =
        manager.post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", title)
                .add("impact", impact(customerImpact, false))
                .build());
    assertThat(declared.status()).as(declared.text()).isEqualTo(201);
    return "/api/v1/incidents/" + declared.json().getString("number");
  }

  private static Reply update(
      Reveille who, String incident, String status, String visibility, String message) {
    Reply reply =
        who.post(
            incident + "/updates",
            Json.createObjectBuilder()
                .add("status", status)
                .add("visibility", visibility)
                .add("message", message)
                .build());
    return reply;
  }

  private List<String> steps(String incident) {
    return manager.get(incident).json().getJsonArray("nextSteps").stream()
        .map(s -> s.asJsonObject().getString("step"))
        .toList();
  }

  private static List<String> timeline(JsonObject room) {
    return room.getJsonArray("timeline").stream()
        .map(e -> e.asJsonObject().getString("summary"))
        .toList();
  }

  private static List<String> messages(JsonObject room) {
    return room.getJsonArray("updates").stream()
        .map(u -> u.asJsonObject().getString("message"))
        .toList();
  }

  private static JsonObject impact(String customers, boolean criticalFunctionDown) {
    return Json.createObjectBuilder()
        .add("customerImpact", customers)
        .add("dataLoss", false)
        .add("securityBreach", false)
        .add("criticalFunctionDown", criticalFunctionDown)
        .add("externallyVisible", true)
        .build();
  }

  private static JsonObject postmortem(String summary, String contributingFactors) {
    return Json.createObjectBuilder()
        .add("summary", summary)
        .add("impact", "All customers could not pay.")
        .add("contributingFactors", contributingFactors)
        .add("trigger", "Certificate expiry.")
        .add("resolution", "Certificate renewed.")
        .add("detection", "Error-rate alert.")
        .add("wentWell", "Fast diagnosis.")
        .add("wentWrong", "Nobody owned the certificate.")
        .add("gotLucky", "")
        .add(
            "actionItems",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("description", "Automate certificate renewal")
                        .add("owner", "alice")
                        .add("dueDate", "2030-01-31")
                        .add("state", "open")))
        .build();
  }

  private static JsonObject review(String decision, String comment) {
    return Json.createObjectBuilder().add("decision", decision).add("comment", comment).build();
  }

  private static Instant fiveBusinessDaysAfter(Instant start) {
    ZonedDateTime day = start.atZone(ZoneOffset.UTC);
    int added = 0;
    while (added < 5) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return day.toInstant();
  }

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
