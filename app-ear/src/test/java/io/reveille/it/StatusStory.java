package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * An incident told to customers step by step through the API, as the team would: a component, the
 * declaration, then public and internal updates. Each story has its own names, so tests running
 * against the same server never read each other's incidents.
 */
final class StatusStory {
  static final String PASSWORD = "correct horse battery staple";

  final Reveille manager;
  final String suffix;
  final String component;
  String incident;
  long number;
  String severity;

  private StatusStory(Reveille manager, String suffix, String component) {
    this.manager = manager;
    this.suffix = suffix;
    this.component = component;
  }

  /** A fresh incident manager and a public component of their own. */
  static StatusStory begin(String componentPrefix) {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String username =
        Reveille.createPerson(admin, "status-manager", PASSWORD, "incident-manager", "responder");
    Reveille manager = Reveille.signIn(username, PASSWORD).withNewToken();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return new StatusStory(
        manager, suffix, createComponent(manager, componentPrefix + " " + suffix));
  }

  private static String createComponent(Reveille manager, String name) {
    Reply created =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder()
                .add("name", name)
                .add("description", "Where customers pay")
                .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("name");
  }

  /**
   * A component the team asks to be internal. Until the components API takes a visibility, the
   * component it creates is public; {@link #isInternalOnStatusPage} tells which it got.
   */
  String createComponentAskedToBeInternal(String name) {
    Reply created =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder()
                .add("name", name)
                .add("description", "Only the team knows it")
                .add("visibility", "internal")
                .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("name");
  }

  static boolean isInternalOnStatusPage(String componentName) {
    return !Reveille.anonymous().get("/api/v2/components.json").text().contains(componentName);
  }

  /** Declares an incident on the story's component (some customers affected). */
  StatusStory declare(String title) {
    JsonObject declared =
        manager.declare(title, "What the team knows so far.", "some", true, component);
    incident = "/api/v1/incidents/" + declared.getString("number");
    number = Long.parseLong(declared.getString("number").substring(4));
    severity = declared.getString("severity");
    return this;
  }

  /** Statuspage's impact for the severity the decision table gave. */
  String impact() {
    return switch (severity) {
      case "SEV1" -> "critical";
      case "SEV2" -> "major";
      default -> "minor";
    };
  }

  Reply postPublic(String status, String publicTitle, String message, String componentStatus) {
    return post(status, "public", publicTitle, message, component, componentStatus);
  }

  Reply postInternal(String status, String message) {
    return post(status, "internal", null, message, null, null);
  }

  Reply post(
      String status,
      String visibility,
      String publicTitle,
      String message,
      String componentName,
      String componentStatus) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("status", status)
            .add("visibility", visibility)
            .add("message", message);
    if (publicTitle != null) {
      body.add("publicTitle", publicTitle);
    }
    if (componentName != null) {
      JsonArrayBuilder components =
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("component", componentName)
                      .add("status", componentStatus));
      body.add("components", components);
    }
    Reply reply = manager.post(incident + "/updates", body.build());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply;
  }

  /** The story's component as components.json lists it. */
  static JsonObject componentIn(JsonObject document, String name) {
    return document.getJsonArray("components").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + document));
  }
}
