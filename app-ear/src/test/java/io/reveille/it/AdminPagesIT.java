package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The set-up pages as an incident manager and an administrator use them, without JavaScript: a
 * refused form comes back with the message next to the field and everything typed still there; a
 * saved one redirects to a page that shows the change. The server's clock starts at 03:00 UTC on
 * Tuesday 24 November 2026.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static String managerName;
  private static String responderName;
  private static String colleagueName;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeAll
  static void people() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    managerName =
        Reveille.createPerson(admin, "setup-manager", PASSWORD, "incident-manager", "responder");
    responderName = Reveille.createPerson(admin, "setup-responder", PASSWORD, "responder");
    colleagueName = Reveille.createPerson(admin, "setup-colleague", PASSWORD, "responder");
  }

  @Test
  void providerSettingsAreChangedOnTheirPageAndSecretsAreNeverShown() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    assertThat(admin.get("/admin/deliveries").text()).contains("href=\"/admin/providers\"");

    String page = admin.get("/admin/providers").text();
    assertThat(page)
        .contains(
            "Delivery providers", "Set in the server&#39;s environment (REVEILLE_TWILIO_AUTH_TOKEN")
        .contains("set (hidden)")
        .doesNotContain("it-twilio-auth-token")
        .doesNotContain("name=\"TWILIO_AUTH_TOKEN\"")
        .contains("name=\"MAIL_FROM\"");

    Reply refused =
        admin.submit("/admin/providers", "/admin/providers", "MAIL_FROM", "pager at example");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("id=\"MAIL_FROM-error\"")
        .contains("aria-describedby=\"MAIL_FROM-hint MAIL_FROM-error\"")
        .contains("Give an e-mail address such as pager@example.com")
        .contains("value=\"pager at example\"");

    Reply pinned =
        admin.submit(
            "/admin/providers", "/admin/providers", "TWILIO_AUTH_TOKEN", "a-forged-token-12345");
    assertThat(pinned.status()).isEqualTo(400);
    assertThat(pinned.text())
        .contains("reveille.twilio.auth-token is set in the server&#39;s environment")
        .doesNotContain("a-forged-token-12345");

    String from = "Reveille Pager <pager-" + unique() + "@it.example>";
    Reply saved = admin.submit("/admin/providers", "/admin/providers", "MAIL_FROM", from);
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).endsWith("/admin/providers?saved");
    assertThat(admin.get("/admin/providers?saved").text())
        .contains("Saved.")
        .contains("value=\"" + from.replace("<", "&lt;").replace(">", "&gt;") + "\"");

    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    assertThat(manager.get("/admin/providers").status()).isEqualTo(403);
  }

  @Test
  void aTeamIsCreatedWithItsMembersAndConnectedToChatWithoutShowingTheWebhook() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    assertThat(manager.get("/incidents").text()).contains("href=\"/admin/teams\"");

    Reply refused =
        manager.submit("/admin/teams", "/admin/teams", "name", "X", "members", responderName);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("Write at least 2 characters.")
        .contains("aria-describedby=\"name-error\"")
        .contains("value=\"X\"")
        .contains("value=\"" + responderName + "\" checked=\"checked\"")
        .doesNotContain("value=\"" + colleagueName + "\" checked");

    String name = "Zahlungsverkehr Ü " + unique();
    Reply created =
        manager.submit(
            "/admin/teams",
            "/admin/teams",
            "name",
            name,
            "members",
            responderName,
            "members",
            colleagueName);
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String team = path(created.header("Location"));
    assertThat(team).matches("/admin/teams/\\d+\\?created");
    assertThat(manager.get(team).text())
        .contains("Team created.")
        .contains("<h1>" + name + "</h1>")
        .contains("value=\"" + colleagueName + "\" checked=\"checked\"")
        .contains("Not connected");

    String chat = team.replace("?created", "") + "/chat";
    Reply badUrl =
        manager.submit(team, chat, "kind", "SLACK", "webhookUrl", "hooks.slack.com/services/T0");
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(badUrl.text())
        .contains("Give the webhook as an https:// (or http://) address.")
        .contains("value=\"hooks.slack.com/services/T0\"")
        .contains("<option value=\"SLACK\" selected=\"selected\">Slack</option>");

    String webhook = "https://hooks.slack.com/services/T000/B000/" + unique();
    Reply connected = manager.submit(team, chat, "kind", "SLACK", "webhookUrl", webhook);
    assertThat(connected.status()).as(connected.text()).isEqualTo(303);
    assertThat(manager.get(path(connected.header("Location"))).text())
        .contains("Connected to <strong>Slack</strong>")
        .contains("set (hidden)")
        .doesNotContain(webhook);
    assertThat(manager.get("/admin/teams").text()).contains(name).contains("Slack");
  }

  @Test
  void aScheduleIsBuiltLayerByLayerAndShowsWhoIsOnCall() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    String name = "Ledger on call " + unique();
    assertThat(manager.get("/admin/schedules/new").text())
        .contains("name=\"layers/0/participants\"")
        .doesNotContain("name=\"layers/1/name\"");

    Reply grown =
        manager.submit(
            "/admin/schedules/new",
            "/admin/schedules",
            schedule(name, "09:00", responderName, "addLayer", "on"));
    assertThat(grown.status()).isEqualTo(200);
    assertThat(grown.text())
        .contains("name=\"layers/1/name\"")
        .contains("value=\"" + name + "\"")
        .contains(responderName + "</textarea>");

    Reply refused =
        manager.submit(
            "/admin/schedules/new",
            "/admin/schedules",
            schedule(name, "25:00", responderName + "\nnobody-of-that-name"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("id=\"layers/0/handoffTime-error\"")
        .contains("Give a time of day such as 09:00, not &#39;25:00&#39;.")
        .contains("There is nobody called nobody-of-that-name to put on call.")
        .contains("aria-describedby=\"layers/0/participants-error\"")
        .contains("value=\"" + name + "\"")
        .contains(responderName + "\nnobody-of-that-name</textarea>");

    Reply created =
        manager.submit(
            "/admin/schedules/new",
            "/admin/schedules",
            schedule(name, "09:00", responderName + "\n" + colleagueName));
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String edit = path(created.header("Location"));
    assertThat(edit).matches("/admin/schedules/\\d+\\?saved");
    long id = Long.parseLong(edit.replaceAll("\\D+(\\d+).*", "$1"));
    assertThat(manager.get("/admin/schedules").text()).contains(name);
    assertThat(manager.get("/on-call").text())
        .contains(name)
        .contains("On call now: <strong>" + responderName + "</strong>");

    // A second layer for business hours only, with the version the form was loaded at.
    String form = manager.get(edit).text();
    assertThat(form).contains("Saved.");
    String version = valueOf(form, "version");
    String[] twoLayers =
        with(
            schedule(name, "09:00", responderName + "\n" + colleagueName),
            "version",
            version,
            "layers/1/name",
            "Business hours",
            "layers/1/turnAmount",
            "1",
            "layers/1/turnUnit",
            "DAYS",
            "layers/1/handoffTime",
            "09:00",
            "layers/1/timeZone",
            "",
            "layers/1/startDate",
            "2026-11-23",
            "layers/1/participants",
            managerName,
            "layers/1/restrictions/0/startDay",
            "MONDAY",
            "layers/1/restrictions/0/startTime",
            "09:00",
            "layers/1/restrictions/0/endDay",
            "FRIDAY",
            "layers/1/restrictions/0/endTime",
            "17:00");
    Reply changed = manager.submit(edit, "/admin/schedules/" + id, twoLayers);
    assertThat(changed.status()).as(changed.text()).isEqualTo(303);
    assertThat(manager.get("/admin/schedules/" + id).text())
        .contains("value=\"Business hours\"")
        .contains("<option value=\"MONDAY\" selected=\"selected\">Monday</option>")
        .contains("<option value=\"FRIDAY\" selected=\"selected\">Friday</option>");

    Reply stale = manager.submit(edit, "/admin/schedules/" + id, twoLayers);
    assertThat(stale.status()).isEqualTo(400);
    assertThat(stale.text()).contains("since you loaded it; reload and try again.");
  }

  @Test
  void anIncidentManagerPutsSomeoneOnCallForATimeFromTheOnCallPage() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    long id = scheduleThroughTheApi(manager, responderName);
    String add = "/on-call/" + id + "/overrides";
    assertThat(manager.get("/on-call").text()).contains("Put someone on call for a time");

    Reply backwards =
        manager.submit(
            "/on-call",
            add,
            "username",
            colleagueName,
            "from",
            "2026-11-24T17:00",
            "to",
            "2026-11-24T09:00");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.text())
        .contains("id=\"overrides/" + id + "/to-error\"")
        .contains("The override must end after it starts")
        .contains("value=\"2026-11-24T17:00\"")
        .contains("value=\"" + colleagueName + "\" selected=\"selected\"");

    Reply covered =
        manager.submit(
            "/on-call",
            add,
            "username",
            colleagueName,
            "from",
            "2026-11-24T02:00",
            "to",
            "2026-11-24T18:00");
    assertThat(covered.status()).as(covered.text()).isEqualTo(303);
    assertThat(covered.header("Location")).endsWith("/on-call#schedule-" + id);
    String onCall = manager.get("/on-call").text();
    assertThat(onCall).contains("On call now: <strong>" + colleagueName + "</strong>");
    assertThat(section(onCall, id)).contains("<td>" + managerName + "</td>");

    long overrideId =
        manager
            .get("/api/v1/schedules/" + id)
            .json()
            .getJsonArray("overrides")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Reply removed = manager.submit("/on-call", add + "/" + overrideId + "/remove");
    assertThat(removed.status()).isEqualTo(303);
    assertThat(manager.get("/api/v1/schedules/" + id).json().getJsonArray("overrides")).isEmpty();

    Reveille responder = Reveille.signIn(responderName, PASSWORD);
    assertThat(responder.get("/on-call").text()).contains("Take a shift");
    Reply forOthers =
        responder.submit(
            "/on-call",
            add,
            "username",
            colleagueName,
            "from",
            "2026-11-25T09:00",
            "to",
            "2026-11-25T17:00");
    assertThat(forOthers.status()).isEqualTo(400);
    assertThat(forOthers.text())
        .contains("Your role does not allow you to cover shifts for others.");
  }

  @Test
  void aPolicyIsBuiltLevelByLevelAndComponentsNameTheirPolicy() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    long schedule = scheduleThroughTheApi(manager, responderName);
    String name = "Ledger escalation " + unique();

    Reply grown =
        manager.submit(
            "/admin/policies/new",
            "/admin/policies",
            "name",
            name,
            "repeatCount",
            "2",
            "levels/0/channels",
            "CHAT",
            "levels/0/waitBeforeNext",
            "5",
            "levels/0/waitUnit",
            "MINUTES",
            "addLevel",
            "on");
    assertThat(grown.status()).isEqualTo(200);
    assertThat(grown.text())
        .contains("name=\"levels/1/waitBeforeNext\"")
        .contains("value=\"" + name + "\"");

    Reply refused =
        manager.submit(
            "/admin/policies/new",
            "/admin/policies",
            "name",
            name,
            "repeatCount",
            "2",
            "isDefault",
            "on",
            "levels/0/channels",
            "SMS",
            "levels/0/waitBeforeNext",
            "5",
            "levels/0/waitUnit",
            "MINUTES");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("id=\"levels/0/targets-error\"")
        .contains("Say whom level 1 pages: a schedule, a person or a team&#39;s chat.")
        .contains("value=\"" + name + "\"")
        .contains("name=\"levels/0/channels\" value=\"SMS\" checked=\"checked\"")
        .contains("name=\"isDefault\" value=\"on\" checked=\"checked\"");

    Reply created =
        manager.submit(
            "/admin/policies/new",
            "/admin/policies",
            "name",
            name,
            "repeatCount",
            "2",
            "levels/0/targets",
            "SCHEDULE:" + schedule,
            "levels/0/channels",
            "CHAT",
            "levels/0/channels",
            "SMS",
            "levels/0/waitBeforeNext",
            "90",
            "levels/0/waitUnit",
            "SECONDS",
            "levels/1/targets",
            "SCHEDULE:" + schedule,
            "levels/1/channels",
            "VOICE",
            "levels/1/waitBeforeNext",
            "10",
            "levels/1/waitUnit",
            "MINUTES");
    assertThat(created.status()).as(created.text()).isEqualTo(303);
    String edit = path(created.header("Location"));
    long policy = Long.parseLong(edit.replaceAll("\\D+(\\d+).*", "$1"));
    assertThat(manager.get(edit).text())
        .contains("Saved.")
        .contains(
            "name=\"levels/0/targets\" value=\"SCHEDULE:" + schedule + "\" checked=\"checked\"")
        .contains("name=\"levels/1/channels\" value=\"VOICE\" checked=\"checked\"")
        .contains("value=\"90\"");
    assertThat(manager.get("/admin/policies").text())
        .contains(name)
        .contains("by chat, text message; waits 90 s")
        .contains("by phone call; waits 10 min");

    Reply unnamed =
        manager.submit(
            "/admin/policies",
            "/admin/policies/components",
            "name",
            "L",
            "description",
            "The general ledger",
            "escalationPolicyId",
            String.valueOf(policy));
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.text())
        .contains("id=\"components/new/name-error\"")
        .contains("value=\"The general ledger\"")
        .contains("<option value=\"" + policy + "\" selected=\"selected\">");

    String component = "General ledger " + unique();
    Reply added =
        manager.submit(
            "/admin/policies",
            "/admin/policies/components",
            "name",
            component,
            "description",
            "",
            "escalationPolicyId",
            String.valueOf(policy));
    assertThat(added.status()).as(added.text()).isEqualTo(303);
    JsonObject stored = componentNamed(manager, component);
    assertThat(policyOf(stored)).isEqualTo(policy);

    long componentId = stored.getJsonNumber("id").longValue();
    Reply toDefault =
        manager.submit(
            "/admin/policies",
            "/admin/policies/components/" + componentId,
            "escalationPolicyId",
            "");
    assertThat(toDefault.status()).isEqualTo(303);
    assertThat(policyOf(componentNamed(manager, component))).as("the default policy").isNull();
  }

  @Test
  void respondersSeeNoSetUpAndCannotOpenIt() {
    Reveille responder = Reveille.signIn(responderName, PASSWORD);
    assertThat(responder.get("/incidents").text()).doesNotContain("href=\"/admin/teams\"");
    for (String page :
        java.util.List.of(
            "/admin/teams", "/admin/schedules", "/admin/policies", "/admin/providers")) {
      assertThat(responder.get(page).status()).as(page).isEqualTo(403);
    }
  }

  // --- helpers

  /** The fields of a new schedule with one weekly layer, and any more given. */
  private static String[] schedule(
      String name, String handoff, String participants, String... more) {
    return with(
        new String[] {
          "name", name,
          "timeZone", "Europe/Berlin",
          "teamId", "",
          "version", "",
          "layers/0/name", "Primary",
          "layers/0/turnAmount", "7",
          "layers/0/turnUnit", "DAYS",
          "layers/0/handoffTime", handoff,
          "layers/0/timeZone", "",
          "layers/0/startDate", "2026-11-23",
          "layers/0/participants", participants,
          "layers/0/restrictions/0/startDay", "",
          "layers/0/restrictions/0/startTime", "",
          "layers/0/restrictions/0/endDay", "",
          "layers/0/restrictions/0/endTime", ""
        },
        more);
  }

  /** {@code fields} with {@code more} after them; a name given again replaces its value. */
  private static String[] with(String[] fields, String... more) {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      all.put(fields[i], fields[i + 1]);
    }
    for (int i = 0; i < more.length; i += 2) {
      all.put(more[i], more[i + 1]);
    }
    return all.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }

  private static long scheduleThroughTheApi(Reveille manager, String participant) {
    Reply created =
        manager.post(
            "/api/v1/schedules",
            Json.createObjectBuilder()
                .add("name", "Overrides " + unique())
                .add("timeZone", "UTC")
                .add(
                    "layers",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "Primary")
                                .add("participants", Json.createArrayBuilder().add(participant))
                                .add("turnUnit", "DAYS")
                                .add("turnAmount", 7)
                                .add("handoffTime", "09:00")
                                .add("startDate", "2026-11-23")))
                .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject componentNamed(Reveille manager, String name) {
    return manager.get("/api/v1/components").jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Long policyOf(JsonObject component) {
    String field = "escalationPolicyId";
    return component.containsKey(field) && !component.isNull(field)
        ? component.getJsonNumber(field).longValue()
        : null;
  }

  /** The part of the on-call page about one schedule. */
  private static String section(String page, long scheduleId) {
    int start = page.indexOf("id=\"schedule-" + scheduleId + "\"");
    assertThat(start).as("schedule %d on the page", scheduleId).isNotNegative();
    int end = page.indexOf("</section>", start);
    return page.substring(start, end);
  }

  private static String valueOf(String page, String field) {
    Matcher m = Pattern.compile("name=\"" + field + "\" value=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).as("a %s field", field).isTrue();
    return m.group(1);
  }

  private static String path(String location) {
    return location.replace(ReveilleDeployment.BASE, "").replaceAll("#.*", "");
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
