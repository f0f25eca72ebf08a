package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A canary: text only the team may read is planted on an incident (its declared title, an internal
 * update, an internal component), next to public text; then every public output of the status page
 * is read and none may contain a canary, while each public text does show (so the test is looking
 * at the right thing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusPageCanaryIT {
  private final Reveille reader = Reveille.anonymous();

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @Test
  void internalTitlesAndUpdatesAppearInNoPublicOutput() {
    StatusStory story = StatusStory.begin("Billing");
    String internalTitle = "CANARY-TITLE-" + story.suffix + " root password rotated";
    String internalUpdate = "CANARY-UPDATE-" + story.suffix + " bob ran DROP TABLE on prod";
    String publicTitle = "Invoices delayed " + story.suffix;
    String publicUpdate = "Invoices are delayed; none are lost.";

    story.declare(internalTitle);
    story.postInternal("investigating", internalUpdate);
    story.postPublic("identified", publicTitle, publicUpdate, "degraded_performance");
    story.postInternal("identified", internalUpdate + " again");

    Map<String, String> outputs = publicOutputs(story.number);
    assertThat(outputs.get("/status")).contains(publicTitle).contains(publicUpdate);
    assertThat(outputs.get("/status/incidents/" + story.number))
        .contains(publicTitle)
        .contains(publicUpdate);
    assertThat(outputs.get("/api/v2/summary.json")).contains(publicTitle).contains(publicUpdate);
    assertThat(outputs.get("/status/feed.atom")).contains(publicTitle).contains(publicUpdate);
    assertThat(outputs.get("/status/feed.rss")).contains(publicTitle).contains(publicUpdate);
    assertNoCanary(
        outputs, "CANARY-TITLE-" + story.suffix, "CANARY-UPDATE-" + story.suffix, "DROP TABLE");

    story.postPublic("resolved", null, "Invoices are on time again.", "operational");
    Map<String, String> afterwards = publicOutputs(story.number);
    assertThat(afterwards.get("/status/history")).contains(publicTitle);
    assertNoCanary(
        afterwards, "CANARY-TITLE-" + story.suffix, "CANARY-UPDATE-" + story.suffix, "DROP TABLE");
  }

  @Test
  void anIncidentCustomersWereNeverToldOfHasNoPublicPage() {
    StatusStory story = StatusStory.begin("Reports");
    String internalTitle = "CANARY-QUIET-" + story.suffix;
    story.declare(internalTitle);
    story.postInternal("identified", "CANARY-QUIET-UPDATE-" + story.suffix);

    assertThat(reader.get("/status/incidents/" + story.number).status()).isEqualTo(404);
    assertNoCanary(publicOutputs(story.number), "CANARY-QUIET-" + story.suffix);
  }

  @Test
  void anInternalComponentNamedOnAnIncidentAppearsInNoPublicOutput() {
    StatusStory story = StatusStory.begin("Search");
    String internal = story.createComponentAskedToBeInternal("CANARY-COMPONENT-" + story.suffix);
    Assumptions.assumeTrue(
        StatusStory.isInternalOnStatusPage(internal),
        "The components API cannot make an internal component yet (it takes no visibility);"
            + " the read model's unit tests cover internal components until it does.");

    story.declare("Search index stale " + story.suffix);
    story.post(
        "investigating",
        "public",
        "Search results stale " + story.suffix,
        "Searching shows old results.",
        internal,
        "major_outage");

    Map<String, String> outputs = publicOutputs(story.number);
    assertThat(outputs.get("/status")).contains("Search results stale " + story.suffix);
    assertNoCanary(outputs, "CANARY-COMPONENT-" + story.suffix);
  }

  /** Every public output of the status page, by path. */
  private Map<String, String> publicOutputs(long number) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/status",
            "/status/history",
            "/status/incidents/" + number,
            "/api/v2/summary.json",
            "/api/v2/status.json",
            "/api/v2/components.json",
            "/api/v2/incidents.json",
            "/api/v2/incidents/unresolved.json",
            "/api/v2/scheduled-maintenances.json",
            "/api/v2/scheduled-maintenances/upcoming.json",
            "/api/v2/scheduled-maintenances/active.json",
            "/status/feed.atom",
            "/status/feed.rss",
            "/status/widget.js",
            "/status/badge.svg")) {
      Reply reply = reader.get(path);
      assertThat(reply.status()).as(path).isIn(200, 404);
      outputs.put(path, reply.text());
    }
    return outputs;
  }

  private static void assertNoCanary(Map<String, String> outputs, String... canaries) {
    outputs.forEach(
        (path, body) -> {
          for (String canary : canaries) {
            assertThat(body).as("%s must not contain %s", path, canary).doesNotContain(canary);
          }
        });
  }
}
