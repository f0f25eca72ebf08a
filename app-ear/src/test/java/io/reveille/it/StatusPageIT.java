package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public status page and Statuspage's JSON through an incident's life, as anonymous readers and
 * their clients get them: nothing before the first public update, then the incident with its public
 * updates and the component's status, then resolved and in the history. Also the caching headers,
 * CORS, the feeds, the badge and the staff page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusPageIT {
  private final Reveille reader = Reveille.anonymous();

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @Test
  void anIncidentReachesThePageWithItsFirstPublicUpdateAndLeavesItResolved() {
    StatusStory story = StatusStory.begin("Checkout");
    String publicTitle = "Card payments failing " + story.suffix;
    String teamTitle = "Acquirer TLS cert expired " + story.suffix;

    assertThat(
            StatusStory.componentIn(json("/api/v2/components.json"), story.component)
                .getString("status"))
        .isEqualTo("operational");

    // Declared: the team knows, customers don't yet.
    story.declare(teamTitle);
    assertThat(page("/status")).doesNotContain(teamTitle).doesNotContain(publicTitle);
    assertThat(text("/api/v2/incidents/unresolved.json")).doesNotContain(teamTitle);
    assertThat(reader.get("/status/incidents/" + story.number).status()).isEqualTo(404);

    // First public update: the incident, its impact and the component's new status.
    story.postPublic(
        "investigating", publicTitle, "Some card payments fail; we are on it.", "partial_outage");

    assertThat(page("/status"))
        .contains(publicTitle)
        .contains("Some card payments fail; we are on it.")
        .contains(story.component + ": operational → partial outage")
        .doesNotContain(teamTitle);
    JsonObject summary = json("/api/v2/summary.json");
    assertThat(summary.getJsonObject("status").getString("indicator")).isIn("major", "critical");
    assertThat(StatusStory.componentIn(summary, story.component).getString("status"))
        .isEqualTo("partial_outage");
    JsonObject incident = incident(summary, publicTitle);
    assertThat(incident.getString("id")).isEqualTo(String.valueOf(story.number));
    assertThat(incident.getString("status")).isEqualTo("investigating");
    assertThat(incident.getString("impact")).isEqualTo(story.impact());
    assertThat(incident.getString("shortlink"))
        .isEqualTo(ReveilleDeployment.BASE + "/status/incidents/" + story.number);
    JsonObject update = incident.getJsonArray("incident_updates").getJsonObject(0);
    assertThat(update.getString("body")).isEqualTo("Some card payments fail; we are on it.");
    assertThat(update.getJsonArray("affected_components").getJsonObject(0).getString("new_status"))
        .isEqualTo("partial_outage");
    assertThat(incident.getJsonArray("components").getJsonObject(0).getString("name"))
        .isEqualTo(story.component);
    assertThat(page("/status/incidents/" + story.number))
        .contains("<h1>" + publicTitle + "</h1>")
        .contains("Affected components:")
        .doesNotContain("Postmortem");

    // Resolved: operational again, off the active list, in this month's history.
    story.postPublic("resolved", null, "Payments work again.", "operational");

    assertThat(
            StatusStory.componentIn(json("/api/v2/components.json"), story.component)
                .getString("status"))
        .isEqualTo("operational");
    assertThat(text("/api/v2/incidents/unresolved.json")).doesNotContain(publicTitle);
    JsonObject resolved = incident(json("/api/v2/incidents.json"), publicTitle);
    assertThat(resolved.getString("status")).isEqualTo("resolved");
    assertThat(resolved.isNull("resolved_at")).isFalse();
    assertThat(resolved.getJsonArray("incident_updates")).hasSize(2);
    assertThat(page("/status/history")).contains(publicTitle).contains("Payments work again.");
    assertThat(text("/status/feed.atom"))
        .contains(publicTitle + ": Resolved")
        .contains("Payments work again.");
  }

  /**
   * Also the answers repeated from memory (the fast path in front of JAX-RS): the same bytes and
   * headers as the first.
   */
  @Test
  void readersAndProxiesMayCacheBrieflyAndRevalidateWithTheETag() {
    for (String path :
        List.of("/status", "/api/v2/summary.json", "/status/feed.rss", "/status/badge.svg")) {
      Reply first = reader.get(path);
      assertThat(first.status()).as(path).isEqualTo(200);
      assertThat(first.header("Cache-Control")).as(path).isEqualTo("public, max-age=15");
      String etag = first.header("ETag");
      assertThat(etag).as(path).startsWith("\"");

      Reply again = reader.send(reader.request(path).header("If-None-Match", etag).GET());
      assertThat(again.status()).as(path).isEqualTo(304);
      assertThat(again.text()).as(path).isEmpty();
      assertThat(again.header("ETag")).as(path).isEqualTo(etag);

      Reply repeated = reader.get(path);
      assertThat(repeated.status()).as(path).isEqualTo(200);
      assertThat(repeated.text()).as(path).isEqualTo(first.text());
      for (String header :
          List.of("ETag", "Cache-Control", "Content-Type", "Access-Control-Allow-Origin")) {
        assertThat(repeated.header(header)).as(path + " " + header).isEqualTo(first.header(header));
      }
    }
    assertThat(reader.get("/api/v2/summary.json").header("Access-Control-Allow-Origin"))
        .isEqualTo("*");
  }

  @Test
  void statuspageClientsOnOtherSitesMayReadTheJson() {
    for (String path :
        List.of(
            "/api/v2/summary.json",
            "/api/v2/status.json",
            "/api/v2/components.json",
            "/api/v2/incidents.json",
            "/api/v2/incidents/unresolved.json",
            "/api/v2/scheduled-maintenances.json",
            "/api/v2/scheduled-maintenances/upcoming.json",
            "/api/v2/scheduled-maintenances/active.json")) {
      Reply reply =
          reader.send(reader.request(path).header("Origin", "https://customer.example").GET());
      assertThat(reply.status()).as(path).isEqualTo(200);
      assertThat(reply.header("Content-Type")).as(path).startsWith("application/json");
      assertThat(reply.header("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
      JsonObject page = reply.json().getJsonObject("page");
      assertThat(page.getString("url")).as(path).isEqualTo(ReveilleDeployment.BASE + "/status");
      assertThat(page.getString("time_zone")).as(path).isEqualTo("UTC");
    }
    JsonObject status = json("/api/v2/status.json").getJsonObject("status");
    assertThat(status.getString("indicator"))
        .isIn("none", "maintenance", "minor", "major", "critical");
    assertThat(status.getString("description")).isNotBlank();
  }

  @Test
  void theFeedsWidgetAndBadgeAreServedForOtherSites() {
    Reply atom = reader.get("/status/feed.atom");
    assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
    assertThat(atom.text()).contains("<feed").contains(ReveilleDeployment.BASE + "/status");
    assertThat(reader.get("/status/feed.rss").text()).contains("<rss").contains("<channel>");
    assertThat(page("/status"))
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
        .contains("href=\"/status/subscribe\"");

    Reply widget = reader.get("/status/widget.js");
    assertThat(widget.header("Content-Type")).startsWith("text/javascript");
    assertThat(widget.text())
        .contains("/api/v2/status.json")
        .contains("textContent")
        .doesNotContain("innerHTML");

    Reply badge = reader.get("/status/badge.svg");
    assertThat(badge.header("Content-Type")).startsWith("image/svg+xml");
    assertThat(badge.text()).startsWith("<svg").contains("role=\"img\"");
  }

  @Test
  void anUnknownIncidentIsAPoliteNotFound() {
    for (String path : List.of("/status/incidents/99999999", "/status/incidents/not-a-number")) {
      Reply missing = reader.get(path);
      assertThat(missing.status()).as(path).isEqualTo(404);
      assertThat(missing.text())
          .as(path)
          .contains("There is no such incident")
          .doesNotContain("Exception");
    }
  }

  @Test
  void theStaffPageShowsIncidentsCustomersHaveNotBeenToldOf() {
    StatusStory story = StatusStory.begin("Ledger");
    String teamTitle = "Ledger replica lagging " + story.suffix;
    story.declare(teamTitle);

    Reply anonymous = reader.get("/staff/status");
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.header("Location")).contains("/login");

    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    String supportName =
        Reveille.createPerson(admin, "status-support", StatusStory.PASSWORD, "support");
    Reply staff = Reveille.signIn(supportName, StatusStory.PASSWORD).get("/staff/status");
    assertThat(staff.status()).isEqualTo(200);
    assertThat(staff.header("Cache-Control")).contains("private");
    assertThat(staff.text())
        .contains("Staff view")
        .contains(teamTitle)
        .contains("Not public yet")
        .contains("href=\"/incidents/INC-" + story.number + "\"");
    assertThat(page("/status")).doesNotContain(teamTitle);
  }

  private String page(String path) {
    Reply reply = reader.get(path);
    assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).as(path).startsWith("text/html");
    return reply.text();
  }

  private String text(String path) {
    Reply reply = reader.get(path);
    assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(200);
    return reply.text();
  }

  private JsonObject json(String path) {
    Reply reply = reader.get(path);
    assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject incident(JsonObject document, String name) {
    return document.getJsonArray("incidents").stream()
        .map(v -> v.asJsonObject())
        .filter(i -> i.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + document));
  }
}
