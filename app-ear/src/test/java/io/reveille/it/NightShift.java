package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A team on call, set up over the API as an administrator and an incident manager would: a
 * responder with a phone number, a chat handle and an e-mail address, the team's Slack channel (on
 * the stand-in), and a schedule that has the responder on call around the clock. Components paged
 * by a policy of the test's choosing are added with {@link #componentPagedBy}.
 */
final class NightShift {
  static final String PASSWORD = "correct horse battery staple";

  final Reveille manager;
  final String responder;
  final String phone;
  final String chatHandle;
  final String slackPath;
  final long teamId;
  final long scheduleId;
  private final String suffix;

  private NightShift(
      Reveille manager,
      String responder,
      String phone,
      String chatHandle,
      String slackPath,
      long teamId,
      long scheduleId,
      String suffix) {
    this.manager = manager;
    this.responder = responder;
    this.phone = phone;
    this.chatHandle = chatHandle;
    this.slackPath = slackPath;
    this.teamId = teamId;
    this.scheduleId = scheduleId;
    this.suffix = suffix;
  }

  /**
   * Staffs a new team on the server {@code admin} is signed in to; chat goes to {@code standIns}.
   */
  static NightShift staff(Reveille admin, StandIns standIns) {
    String managerName = Reveille.createPerson(admin, "manager", PASSWORD, "incident-manager");
    String responder = Reveille.createPerson(admin, "pat", PASSWORD, "responder");
    Reveille manager = Reveille.signIn(admin.base(), managerName, PASSWORD).withNewToken();
    String phone = "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999));
    String chatHandle = "U0PAT" + responder.substring(responder.length() - 4).toUpperCase();
    Reply contact =
        admin.put(
            "/api/v1/people/" + responder + "/contact",
            Json.createObjectBuilder()
                .add("email", responder + "@night.example")
                .add("phone", phone)
                .add("chatHandle", chatHandle)
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
    String slackPath = "/slack/T000/B" + suffix + "/secret";
    Reply chat =
        manager.put(
            "/api/v1/teams/" + teamId + "/chat",
            Json.createObjectBuilder()
                .add("kind", "slack")
                .add("webhookUrl", standIns.url() + slackPath)
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
    return new NightShift(
        manager, responder, phone, chatHandle, slackPath, teamId, scheduleId, suffix);
  }

  /**
   * Creates a policy of these levels, run once, and a component it pages for; returns the
   * component's name, which incidents name to be paged by the policy.
   */
  String componentPagedBy(JsonObjectBuilder... levels) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    Arrays.stream(levels).forEach(list::add);
    String name = UUID.randomUUID().toString().substring(0, 6);
    Reply policy =
        manager.post(
            "/api/v1/escalation-policies",
            Json.createObjectBuilder()
                .add("name", "Night policy " + suffix + "-" + name)
                .add("repeatCount", 1)
                .add("levels", list)
                .build());
    assertThat(policy.status()).as(policy.text()).isEqualTo(201);
    Reply component =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder()
                .add("name", "Checkout " + suffix + "-" + name)
                .add("description", "Where customers pay")
                .add("escalationPolicyId", policy.json().getJsonNumber("id").longValue())
                .build());
    assertThat(component.status()).as(component.text()).isEqualTo(201);
    return component.json().getString("name");
  }

  /** A level paging {@code targets} on {@code channels}, waiting {@code wait} (ISO-8601). */
  static JsonObjectBuilder level(String wait, List<String> channels, JsonObjectBuilder... targets) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    Arrays.stream(targets).forEach(list::add);
    return Json.createObjectBuilder()
        .add("targets", list)
        .add("channels", Json.createArrayBuilder(channels))
        .add("waitBeforeNext", wait);
  }

  /** Whoever the night schedule has on call: the responder. */
  JsonObjectBuilder onCall() {
    return Json.createObjectBuilder().add("kind", "schedule").add("id", scheduleId);
  }

  /** One person, whoever is on call. */
  static JsonObjectBuilder person(String username) {
    return Json.createObjectBuilder().add("kind", "person").add("username", username);
  }

  /** The team's chat channel. */
  JsonObjectBuilder teamChat() {
    return Json.createObjectBuilder().add("kind", "team_chat").add("id", teamId);
  }

  /** Declares an incident on {@code component}; returns its number ("INC-42"). */
  String declare(String component, String title, String customers, boolean criticalFunctionDown) {
    return manager
        .declare(
            title, "Declared by the escalation tests", customers, criticalFunctionDown, component)
        .getString("number");
  }
}
