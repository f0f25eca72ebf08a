package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance windows on the real server's timers. Its clock runs in real time from 2026-11-24
 * 03:00 UTC, so each window is first planned far ahead, which tells the test the server's time
 * ({@code createdAt}), and then brought forward to start a few seconds later. Verification waits 4
 * seconds for a confirmation in this server (see the failsafe arguments); the job executor notices
 * a due timer within about 400 ms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenanceIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static final Instant FAR_AHEAD = Instant.parse("2030-01-07T02:00:00Z");
  private static final Duration LEAD = Duration.ofSeconds(3);
  private static final Duration LENGTH = Duration.ofSeconds(3);

  /** How late a state may change after its time: job acquisition, the run, the poll here. */
  private static final Duration ON_TIME = Duration.ofMillis(1_500);

  private Reveille manager;
  private Reveille managerOnPage;
  private Reveille responder;
  private Reveille responderOnPage;
  private String database;
  private String search;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeEach
  void teamAndComponents() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String managerName = Reveille.createPerson(admin, "manager", PASSWORD, "incident-manager");
    managerOnPage = Reveille.signIn(managerName, PASSWORD);
    manager = managerOnPage.withNewToken();
    responderOnPage =
        Reveille.signIn(Reveille.createPerson(admin, "responder", PASSWORD, "responder"), PASSWORD);
    responder = responderOnPage.withNewToken();
    database = component("Orders database");
    search = component("Search");
  }

  @Test
  void aWindowWalksThroughItsStatesOnTimeAndIsConfirmedComplete() {
    JsonObject planned = schedule("Orders database upgrade", FAR_AHEAD, database, search);
    assertThat(planned.getString("state")).isEqualTo("scheduled");
    long id = planned.getJsonNumber("id").longValue();
    Instant startsAt = serverNow(planned).plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
    Instant endsAt = startsAt.plus(LENGTH);

    JsonObject moved = reschedule(id, startsAt, endsAt);
    assertThat(moved.getString("state")).isEqualTo("scheduled");
    assertThat(statuses(moved)).containsOnly("operational");

    JsonObject started = awaitState(id, "in_progress");
    assertThat(Instant.parse(started.getString("startedAt")))
        .isBetween(startsAt, startsAt.plus(ON_TIME));
    assertThat(statuses(started)).containsExactly("under_maintenance", "under_maintenance");

    JsonObject verifying = awaitState(id, "verifying");
    assertThat(postedAt(verifying, "verifying")).isBetween(endsAt, endsAt.plus(ON_TIME));
    assertThat(statuses(verifying))
        .as("components stay under maintenance until the work is confirmed")
        .containsOnly("under_maintenance");
    assertThat(managerOnPage.get("/tasks").text())
        .as("the confirmation waits in an incident manager's tasks")
        .contains("Confirm the maintenance is complete")
        .contains("Orders database upgrade");
    assertThat(responderOnPage.get("/tasks").text())
        .contains("My tasks")
        .doesNotContain("Orders database upgrade");
    assertThat(responder.post(path(id) + "/confirm", JsonValue.EMPTY_JSON_OBJECT).status())
        .as("a responder may not confirm")
        .isEqualTo(403);

    Reply confirmed = manager.post(path(id) + "/confirm", JsonValue.EMPTY_JSON_OBJECT);

    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    JsonObject completed = confirmed.json();
    assertThat(completed.getString("state")).isEqualTo("completed");
    assertThat(statuses(completed)).containsOnly("operational");
    assertThat(managerOnPage.get("/tasks").text()).doesNotContain("Orders database upgrade");
    assertThat(notices(completed))
        .extracting(n -> n.getString("state"))
        .containsExactly("completed", "verifying", "in_progress", "scheduled", "scheduled");
    assertThat(notices(completed).get(0).getString("message"))
        .isEqualTo("The scheduled maintenance has been completed.");
    assertThat(notices(completed).get(2).getString("message"))
        .startsWith("Scheduled maintenance is in progress.")
        .contains(database, search);
    assertThat(notices(completed).get(3).getString("message")).startsWith("Rescheduled: ");
    assertThat(list("past")).contains(id);
    assertThat(list("upcoming")).doesNotContain(id);

    // Off the status page now, yet its link in the notices and the JSON still says what it was.
    Reveille customer = Reveille.anonymous();
    Reply own = customer.get("/status/maintenance/" + id);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.text())
        .contains("Orders database upgrade")
        .contains("Completed")
        .contains("The scheduled maintenance has been completed.");
    assertThat(customer.get("/status/maintenance/" + (id + 1000)).status()).isEqualTo(404);
    assertThat(customer.get("/api/v2/scheduled-maintenances.json").text())
        .contains("/status/maintenance/" + id + "\"");
  }

  @Test
  void nobodyConfirmingCompletesTheWindowOnItsOwnAndAnIncidentKeepsItsComponent() {
    JsonObject planned = schedule("Search index rebuild", FAR_AHEAD, database, search);
    long id = planned.getJsonNumber("id").longValue();
    Instant startsAt = serverNow(planned).plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
    reschedule(id, startsAt, startsAt.plus(LENGTH));
    awaitState(id, "in_progress");

    // Search breaks for real during the maintenance: the incident's status is what customers see.
    String incident = declareOutage(search);
    assertThat(statuses(read(id))).containsExactly("under_maintenance", "major_outage");

    JsonObject completed = awaitState(id, "completed");

    assertThat(notices(completed).get(0).getString("message"))
        .isEqualTo("The scheduled maintenance has been completed.");
    assertThat(notices(completed).get(0).containsKey("author")).as("nobody confirmed it").isFalse();
    assertThat(statuses(completed))
        .as("the database is back; search keeps the incident's status")
        .containsExactly("operational", "major_outage");
    Reply room = manager.get("/api/v1/incidents/" + incident);
    assertThat(room.status()).as(room.text()).isEqualTo(200);
    JsonObject change =
        room.json()
            .getJsonArray("updates")
            .getJsonObject(0)
            .getJsonArray("components")
            .getJsonObject(0);
    assertThat(change.getString("previous")).isEqualTo("under_maintenance");
    assertThat(change.getString("status")).isEqualTo("major_outage");
  }

  @Test
  void aWindowInProgressCanBeExtendedAndCancelledAndGivesItsComponentsBack() {
    JsonObject planned = schedule("Network switch replacement", FAR_AHEAD, database);
    long id = planned.getJsonNumber("id").longValue();
    Instant startsAt = serverNow(planned).plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
    reschedule(id, startsAt, startsAt.plus(LENGTH));
    awaitState(id, "in_progress");

    Reply startMoved =
        manager.post(
            path(id) + "/reschedule",
            times(startsAt.plus(Duration.ofMinutes(5)), startsAt.plus(Duration.ofHours(1))));
    assertThat(startMoved.status()).isEqualTo(400);
    assertThat(startMoved.problemFields()).containsExactly("startsAt");
    Reply extended =
        manager.post(
            path(id) + "/reschedule",
            Json.createObjectBuilder()
                .add("endsAt", startsAt.plus(Duration.ofHours(1)).toString())
                .build());
    assertThat(extended.status()).as(extended.text()).isEqualTo(200);
    assertThat(notices(extended.json()).get(0).getString("message"))
        .startsWith("Update: this maintenance is now expected to end at");

    Reply cancelled = manager.post(path(id) + "/cancel", JsonValue.EMPTY_JSON_OBJECT);

    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.json().getString("state")).isEqualTo("cancelled");
    assertThat(statuses(cancelled.json())).containsOnly("operational");
    assertThat(notices(cancelled.json()).get(0).getString("message"))
        .isEqualTo("This maintenance was stopped before its planned end and has been cancelled.");
    Reply again = manager.post(path(id) + "/cancel", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    // Nothing happens at the old end any more.
    await()
        .during(LENGTH.plusSeconds(1))
        .atMost(LENGTH.plusSeconds(3))
        .untilAsserted(() -> assertThat(read(id).getString("state")).isEqualTo("cancelled"));
  }

  @Test
  void aScheduledWindowIsCancelledBeforeItStartsAndNeverTouchesItsComponents() {
    JsonObject planned = schedule("Payment provider migration", FAR_AHEAD, database);
    long id = planned.getJsonNumber("id").longValue();
    Instant startsAt = serverNow(planned).plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
    reschedule(id, startsAt, startsAt.plus(LENGTH));

    JsonObject cancelled = manager.post(path(id) + "/cancel", JsonValue.EMPTY_JSON_OBJECT).json();

    assertThat(cancelled.getString("state")).isEqualTo("cancelled");
    assertThat(notices(cancelled).get(0).getString("message"))
        .isEqualTo("This scheduled maintenance has been cancelled.");
    await()
        .during(LEAD.plusSeconds(1))
        .atMost(LEAD.plusSeconds(3))
        .untilAsserted(
            () -> {
              JsonObject window = read(id);
              assertThat(window.getString("state")).isEqualTo("cancelled");
              assertThat(statuses(window)).containsOnly("operational");
            });
  }

  @Test
  void badInputIsAProblemNamingEachField() {
    Reply empty = manager.post("/api/v1/maintenance", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
    assertThat(empty.problemFields())
        .containsExactlyInAnyOrder("title", "description", "startsAt", "endsAt", "components");

    Reply past =
        manager.post(
            "/api/v1/maintenance",
            request("Upgrade", Instant.parse("2026-11-24T02:00:00Z"), Duration.ofHours(1), database)
                .add("remindBeforeMinutes", -5)
                .build());
    assertThat(past.problemFields()).containsExactlyInAnyOrder("startsAt", "remindBeforeMinutes");

    Reply backwards =
        manager.post(
            "/api/v1/maintenance",
            request("Upgrade", FAR_AHEAD, Duration.ofHours(-1), database, "No such component")
                .build());
    assertThat(backwards.problemFields()).containsExactlyInAnyOrder("endsAt", "components");
    assertThat(backwards.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            e -> {
              assertThat(e.getString("field")).isEqualTo("components");
              assertThat(e.getString("detail"))
                  .isEqualTo("There is no component called \"No such component\".");
            });

    Reply unreadable =
        manager.post(
            "/api/v1/maintenance",
            request("Upgrade", FAR_AHEAD, Duration.ofHours(1), database)
                .add("startsAt", "tomorrow at two")
                .build());
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.problemFields()).containsExactly("startsAt");

    long id = schedule("Kernel patching", FAR_AHEAD, database).getJsonNumber("id").longValue();
    Reply notVerifying = manager.post(path(id) + "/confirm", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(notVerifying.status()).isEqualTo(409);
    assertThat(notVerifying.json().getString("detail"))
        .isEqualTo(
            "Only maintenance that is verifying can be confirmed complete; this one is scheduled.");
    assertThat(
            responder
                .post(
                    "/api/v1/maintenance",
                    request("x", FAR_AHEAD, Duration.ofHours(1), database).build())
                .status())
        .isEqualTo(403);
    assertThat(manager.get("/api/v1/maintenance?when=someday").problemFields())
        .containsExactly("when");
    assertThat(manager.get("/api/v1/maintenance/999999999").status()).isEqualTo(404);
  }

  @Test
  void managersScheduleOnThePageAndRefusedInputKeepsWhatTheyTyped() {
    String hostile = "<script>alert('maintenance')</script> upgrade " + UUID.randomUUID();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", hostile);
    form.put("description", "Short outage of " + database + ".");
    form.put("startsAt", "2026-11-24T02:00");
    form.put("endsAt", "2026-11-24T01:00");
    form.put("remindBeforeMinutes", "60");

    Reply refused = managerOnPage.submit("/maintenance", "/maintenance", form);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("Give a start in the future.", "Give an end after the start.")
        .contains("Choose at least one affected component.")
        .contains("value=\"2026-11-24T02:00\"")
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert(");

    form.put("startsAt", "2030-01-07T02:00");
    form.put("endsAt", "2030-01-07T03:30");
    Reply scheduled =
        managerOnPage.submit("/maintenance", "/maintenance", withComponent(form, database));

    assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(303);
    String page = scheduled.header("Location");
    Reply window = managerOnPage.get(pathOf(page));
    assertThat(window.text())
        .contains("Scheduled on Mon 7 Jan 2030 from 02:00 to 03:30 UTC.")
        .contains("Cancel maintenance", "Reschedule")
        .doesNotContain("<script>alert(");
    assertThat(managerOnPage.get("/maintenance").text()).contains("Upcoming", database);

    Reply cancelled = managerOnPage.submit(pathOf(page), pathOf(page) + "/cancel", Map.of());
    assertThat(cancelled.status()).isEqualTo(303);
    assertThat(managerOnPage.get(pathOf(page)).text())
        .contains("This scheduled maintenance has been cancelled.")
        .doesNotContain("Cancel maintenance");
  }

  // ----- helpers -----

  private String component(String kind) {
    String name = kind + " " + UUID.randomUUID().toString().substring(0, 6);
    Reply created =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder().add("name", name).add("description", kind).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return name;
  }

  private JsonObject schedule(String title, Instant startsAt, String... components) {
    Reply reply =
        manager.post(
            "/api/v1/maintenance",
            request(title, startsAt, Duration.ofHours(2), components).build());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(reply.header("Location"))
        .endsWith(path(reply.json().getJsonNumber("id").longValue()));
    return reply.json();
  }

  private static jakarta.json.JsonObjectBuilder request(
      String title, Instant startsAt, Duration length, String... components) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("description", "Customers may see errors for a few minutes.")
        .add("startsAt", startsAt.toString())
        .add("endsAt", startsAt.plus(length).toString())
        .add("components", Json.createArrayBuilder(List.of(components)));
  }

  private JsonObject reschedule(long id, Instant startsAt, Instant endsAt) {
    Reply reply = manager.post(path(id) + "/reschedule", times(startsAt, endsAt));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject times(Instant startsAt, Instant endsAt) {
    return Json.createObjectBuilder()
        .add("startsAt", startsAt.toString())
        .add("endsAt", endsAt.toString())
        .build();
  }

  /** The server's clock when the window was created (it is not the test machine's). */
  private static Instant serverNow(JsonObject window) {
    return Instant.parse(window.getString("createdAt"));
  }

  private JsonObject read(long id) {
    Reply reply = manager.get(path(id));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject awaitState(long id, String state) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> read(id), window -> window.getString("state").equals(state));
  }

  private List<Long> list(String when) {
    return manager.get("/api/v1/maintenance?when=" + when).jsonArray().stream()
        .map(w -> w.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  /** The affected components' statuses, in the order the window lists them. */
  private static List<String> statuses(JsonObject window) {
    return window.getJsonArray("components").stream()
        .map(c -> c.asJsonObject().getString("status"))
        .toList();
  }

  private static List<JsonObject> notices(JsonObject window) {
    return window.getJsonArray("updates").stream().map(JsonValue::asJsonObject).toList();
  }

  private static Instant postedAt(JsonObject window, String state) {
    return notices(window).stream()
        .filter(n -> n.getString("state").equals(state))
        .map(n -> Instant.parse(n.getString("postedAt")))
        .findFirst()
        .orElseThrow();
  }

  /** Declares an incident on the component and posts a public update with a major outage. */
  private String declareOutage(String component) {
    String number =
        manager
            .declare(component + " returns errors", "Every search fails.", "some", false, component)
            .getString("number");
    Reply update =
        manager.post(
            "/api/v1/incidents/" + number + "/updates",
            Json.createObjectBuilder()
                .add("status", "identified")
                .add("visibility", "public")
                .add("message", "Search is failing; we are on it.")
                .add(
                    "components",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("component", component)
                                .add("status", "major_outage")))
                .build());
    assertThat(update.status()).as(update.text()).isEqualTo(201);
    return number;
  }

  private static Map<String, String> withComponent(Map<String, String> form, String component) {
    Map<String, String> with = new LinkedHashMap<>(form);
    with.put("components", component);
    return with;
  }

  private static String path(long id) {
    return "/api/v1/maintenance/" + id;
  }

  /** The path of a redirect's absolute Location. */
  private static String pathOf(String location) {
    return java.net.URI.create(location).getPath();
  }
}
