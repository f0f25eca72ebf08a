package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reveille.it.Reveille.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search against the real server and its Lucene index: what is written is found at once, facets and
 * filters count right, internal text stays out of support staff's results, bad queries get a 400
 * pointing at the mistake, and similar incidents put the truly similar one first. Every test works
 * with made-up words of its own, so incidents other tests declared never match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {
  private static final String PASSWORD = "correct horse battery staple";

  private Reveille admin;
  private Reveille manager;
  private Reveille support;
  private String managerName;
  private String marker;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeEach
  void people() {
    admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    managerName = Reveille.createPerson(admin, "manager", PASSWORD, "incident-manager");
    String supportName = Reveille.createPerson(admin, "support", PASSWORD, "support");
    manager = Reveille.signIn(managerName, PASSWORD).withNewToken();
    support = Reveille.signIn(supportName, PASSWORD);
    marker = madeUpWord();
  }

  @Test
  void whatIsWrittenIsFoundAndInternalUpdatesStayInternal() {
    String number = declare("Ledger " + marker + " stalled", "Nightly batch stopped.", "some");
    JsonObject found = search(manager, marker);
    assertThat(found.getInt("total")).isEqualTo(1);
    assertThat(hit(found, 0).getString("number")).isEqualTo(number);
    assertThat(hit(found, 0).getString("title")).isEqualTo("Ledger " + marker + " stalled");

    // Nobody told customers yet: support does not see the incident at all.
    assertThat(search(support, marker).getInt("total")).isZero();

    String secret = madeUpWord();
    update(
        number, "identified", "internal", "Root cause: " + secret + " exhausted the pool.", null);
    JsonObject internal = search(manager, secret);
    assertThat(internal.getInt("total")).isEqualTo(1);
    assertThat(hit(internal, 0).getString("snippetFrom")).isEqualTo("internal_updates");
    assertThat(hit(internal, 0).getString("snippet")).contains(secret);
    assertThat(
            hit(internal, 0).getJsonArray("highlights").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getBoolean("match"))
                .map(p -> p.getString("text")))
        .containsExactly(secret);

    String told = madeUpWord();
    update(
        number,
        "monitoring",
        "public",
        "A fix for " + told + " is in place.",
        "Delayed statements " + marker);
    // Support finds what customers were told, and never the internal update's text.
    JsonObject publicHit = search(support, told);
    assertThat(publicHit.getInt("total")).isEqualTo(1);
    assertThat(publicHit.getBoolean("publicOnly")).isTrue();
    assertThat(hit(publicHit, 0).getString("title")).isEqualTo("Delayed statements " + marker);
    assertThat(search(support, secret).getInt("total")).isZero();
    assertThat(search(support, "\"exhausted the pool\" " + marker).getInt("total")).isZero();
    assertThat(support.get("/search?q=" + enc(secret)).text()).doesNotContain(secret + "</mark>");
    // An incident manager asking for public text only sees it the same way.
    assertThat(manager.get("/api/v1/search?public=true&q=" + enc(secret)).json().getInt("total"))
        .isZero();

    // The postmortem is searchable as soon as it is saved, and marks the incident as having one.
    update(number, "resolved", "public", "Resolved.", null);
    String lesson = madeUpWord();
    Reply saved =
        manager.put(
            "/api/v1/incidents/" + number + "/postmortem",
            postmortem("Batch window " + lesson + " too short.", "Add a " + lesson + " alarm"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    JsonObject pm = search(manager, lesson);
    assertThat(pm.getInt("total")).isEqualTo(1);
    assertThat(hit(pm, 0).getBoolean("hasPostmortem")).isTrue();
    assertThat(counts(pm, "postmortem")).containsEntry("yes", 1L);
    assertThat(search(manager, "postmortem:yes " + marker).getInt("total")).isEqualTo(1);
    assertThat(search(support, lesson).getInt("total")).isZero();
  }

  @Test
  void facetsAndFiltersCount() {
    String component = createComponent("Vault " + marker);
    String sev1 = declare("Vault " + marker + " down", "Nothing opens.", "all", component);
    declare("Vault " + marker + " slow", "Opening takes minutes.", "some");
    String sev3 = declare("Vault " + marker + " logo wrong", "Cosmetic.", "none");
    update(sev3, "resolved", "internal", "Logo fixed.", null);

    JsonObject all = search(manager, marker);
    assertThat(all.getInt("total")).isEqualTo(3);
    assertThat(counts(all, "severity"))
        .containsOnly(entry("SEV1", 1), entry("SEV2", 1), entry("SEV3", 1));
    assertThat(counts(all, "status")).containsOnly(entry("investigating", 2), entry("resolved", 1));
    assertThat(counts(all, "component")).containsOnly(entry(component, 1));
    String month = LocalDate.now().toString().substring(0, 7);
    assertThat(counts(all, "month").values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(3);

    assertThat(numbers(search(manager, marker + " severity:SEV1"))).containsExactly(sev1);
    assertThat(numbers(search(manager, marker + " component:\"" + component + "\"")))
        .containsExactly(sev1);
    assertThat(numbers(search(manager, marker + " status:resolved"))).containsExactly(sev3);
    assertThat(search(manager, marker + " -status:resolved").getInt("total")).isEqualTo(2);
    assertThat(search(manager, marker + " -slow -logo").getInt("total")).isEqualTo(1);
    assertThat(search(manager, marker + " after:2000-01-01 before:2999-01-01").getInt("total"))
        .isEqualTo(3);
    assertThat(search(manager, marker + " before:2000-01-01").getInt("total")).isZero();
    assertThat(numbers(search(manager, "\"" + marker + " logo wrong\""))).containsExactly(sev3);

    // The incident number alone finds the incident, first.
    assertThat(hit(search(manager, sev1), 0).getString("number")).isEqualTo(sev1);
    assertThat(hit(search(manager, sev1.substring(4)), 0).getString("number")).isEqualTo(sev1);
    // Prefix of a title word, and stemming ("opening" finds "opens").
    assertThat(search(manager, marker.substring(0, 6)).getInt("total")).isEqualTo(3);
    assertThat(numbers(search(manager, marker + " opening")))
        .containsExactlyInAnyOrder(sev1, numbers(search(manager, marker + " slow")).get(0));

    // Pages and sort by date: newest first, two a page.
    JsonObject page2 =
        manager.get("/api/v1/search?sort=date&size=2&page=2&q=" + enc(marker)).json();
    assertThat(page2.getInt("pages")).isEqualTo(2);
    assertThat(numbers(page2)).containsExactly(sev1);

    // The page shows the same facets and links each one as a filter.
    String page = manager.get("/search?q=" + enc(marker)).text();
    assertThat(page).contains("3</strong>").contains("data-facet=\"severity\"");
    assertThat(page)
        .containsPattern("href=\"/search\\?q=" + marker + "(%20|\\+)severity(:|%3A)SEV1");
    assertThat(month).isNotBlank();
  }

  @Test
  void aRenamedComponentIsFoundByItsNewName() {
    String component = createComponent("Ledger " + marker);
    String incident = declare("Balances " + marker + " wrong", "Totals off.", "some", component);
    JsonObject defined =
        manager.get("/api/v1/components").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals(component))
            .findFirst()
            .orElseThrow();
    String renamed = "General ledger " + marker;
    Reply changed =
        manager.put(
            "/api/v1/components/" + defined.getJsonNumber("id").longValue(),
            Json.createObjectBuilder(defined).add("name", renamed).build());
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(numbers(search(manager, "component:\"" + renamed + "\"")))
                    .containsExactly(incident));
    assertThat(search(manager, "component:\"" + component + "\"").getInt("total")).isZero();
    assertThat(counts(search(manager, marker), "component")).containsOnly(entry(renamed, 1));
  }

  @Test
  void hostileTextStaysText() {
    String hostile = "<script>alert('" + marker + "')</script> & <b>bold</b>";
    declare(hostile, "<img src=x onerror=alert(1)> " + marker, "some");
    String page = manager.get("/search?q=" + enc(marker)).text();
    assertThat(page).doesNotContain("<script>alert(").doesNotContain("<img src=x");
    assertThat(page).contains("&lt;script&gt;alert(").contains("<mark>" + marker + "</mark>");
  }

  @Test
  void theWordBeingTypedIsTheStartOfATitleWordAsTyped() {
    String stuck = declare("Deployment " + marker + " stuck", "The pipeline hangs.", "some");
    // Not stemmed: "deploy" would be read as the word "deploi", which no title starts with.
    assertThat(numbers(search(manager, marker + " deploy"))).containsExactly(stuck);
    assertThat(numbers(search(manager, marker + " deplo"))).containsExactly(stuck);
  }

  @Test
  void accentsAreFolded() {
    String number = declare("Zürich " + marker + " façade outage", "Café payments.", "some");
    assertThat(numbers(search(manager, "zurich facade " + marker))).containsExactly(number);
    assertThat(numbers(search(manager, "cafe " + marker))).containsExactly(number);
  }

  @Test
  void aHostOrRegionIsSearchedAsOneThing() {
    String host = marker + "-07";
    String onHost = declare("Disk full on " + host, "The node ran out of space.", "some");
    declare("Restarted 07 nodes of " + marker, "A rolling restart of the cluster.", "some");
    // Not "marker" or "07" anywhere: the two, one after the other, as typed.
    assertThat(numbers(search(manager, host))).containsExactly(onHost);
    assertThat(numbers(search(manager, "disk " + host))).containsExactly(onHost);
    assertThat(search(manager, marker).getInt("total")).isEqualTo(2);
  }

  @Test
  void malformedQueriesAnswer400NamingTheFieldAndPosition() {
    Reply bad = manager.get("/api/v1/search?q=" + enc("payments severity:SEV9"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    JsonObject error = bad.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("q");
    assertThat(error.getInt("position")).isEqualTo(19);
    assertThat(error.getString("detail"))
        .isEqualTo("At position 19: 'SEV9' is not a severity; expected one of SEV1, SEV2, SEV3.");

    Reply unclosed = manager.get("/api/v1/search?q=" + enc("\"card declined"));
    assertThat(unclosed.status()).isEqualTo(400);
    assertThat(unclosed.json().getJsonArray("errors").getJsonObject(0).getInt("position"))
        .isEqualTo(1);
    assertThat(manager.get("/api/v1/search?q=x&sort=sideways").status()).isEqualTo(400);
    assertThat(manager.get("/api/v1/search?q=x&page=0").status()).isEqualTo(400);
    assertThat(manager.get("/api/v1/search?q=" + enc("!!! ??? *")).status()).isEqualTo(200);

    Reply page = manager.get("/search?q=" + enc("colour:red"));
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("At position 1: &#39;colour:&#39; is not a filter");
    assertThat(Reveille.anonymous().get("/api/v1/search?q=x").status()).isEqualTo(401);

    Reply probing = support.get("/api/v1/search?q=" + enc("person:admin"));
    assertThat(probing.status()).as("who worked on it is not public").isEqualTo(400);
    assertThat(probing.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("q");
    assertThat(manager.get("/api/v1/search?q=" + enc("postmortem:yes") + "&public=true").status())
        .isEqualTo(400);
    assertThat(manager.get("/api/v1/search?q=" + enc("postmortem:yes")).status()).isEqualTo(200);
  }

  @Test
  void similarIncidentsRankTheTrulySimilarFirst() {
    String quokka = madeUpWord();
    String wombat = madeUpWord();
    String similar =
        declare(
            quokka + " ledger reconciliation stalled",
            "The " + wombat + " reconciliation job stalled on the nightly ledger batch.",
            "some");
    declare(quokka + " login page slow", "Sign-in takes ten seconds.", "some");
    declare("Nightly e-mail digest late", "The digest job ran an hour late.", "some");
    declare("Ledger export missing columns", "Finance export lacks two columns.", "none");
    update(similar, "resolved", "internal", "Restarted the reconciliation worker.", null);
    manager.put(
        "/api/v1/incidents/" + similar + "/postmortem",
        postmortem("Reconciliation stalled.", "Alert on stalled " + wombat + " reconciliation"));

    String current =
        declare(
            quokka + " ledger reconciliation stalls again",
            "Reconciliation of the ledger stalled, " + wombat + " again.",
            "some");
    List<JsonObject> found =
        manager.get("/api/v1/search/similar?incident=" + current).jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).getString("number")).isEqualTo(similar);
    assertThat(found.get(0).getString("postmortem")).endsWith("/" + similar + "/postmortem");
    assertThat(found.get(0).getJsonArray("actionItems").getJsonObject(0).getString("description"))
        .isEqualTo("Alert on stalled " + wombat + " reconciliation");
    assertThat(found).extracting(o -> o.getString("number")).doesNotContain(current);

    // While declaring: the same list from what has been typed, as an htmx fragment.
    Reply fragment =
        manager.send(
            manager
                .request(
                    "/search/similar?title="
                        + enc(quokka + " reconciliation stalled")
                        + "&summary="
                        + enc(wombat))
                .header("HX-Request", "true")
                .GET());
    assertThat(fragment.text()).startsWith("<div id=\"similar-list\"");
    assertThat(fragment.text().indexOf(similar)).isPositive();
    // The incident room loads it; without JavaScript a link leads to the same list.
    assertThat(manager.get("/incidents/" + current).text())
        .contains("hx-get=\"/search/similar?incident=" + current + "\"");
    assertThat(manager.get("/search/similar?incident=" + current).text())
        .contains("Past incidents like")
        .contains("Alert on stalled " + wombat + " reconciliation");
  }

  @Test
  void anAdministratorRebuildsTheIndexAndWatchesItsProgress() {
    String number = declare("Turbine " + marker + " vibration", "Bearings.", "some");
    Reply started = admin.post("/api/v1/admin/search/reindex", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !admin.get("/api/v1/admin/search/reindex").json().getBoolean("running"));
    JsonObject done = admin.get("/api/v1/admin/search/reindex").json();
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getJsonNumber("indexed").longValue())
        .isEqualTo(done.getJsonNumber("total").longValue());
    assertThat(done.containsKey("failure")).isFalse();
    assertThat(numbers(search(manager, marker))).containsExactly(number);

    String page = admin.get("/admin/search").text();
    assertThat(page).contains("Rebuilt:").contains("<progress max=\"100\" value=\"100\"");
    Reply viaPage = admin.submit("/admin/search", "/admin/search/reindex", Map.of());
    assertThat(viaPage.status()).isEqualTo(303);
    assertThat(manager.post("/api/v1/admin/search/reindex", JsonValue.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !admin.get("/api/v1/admin/search/reindex").json().getBoolean("running"));
  }

  // --- helpers

  private String declare(String title, String summary, String customers, String... components) {
    String number =
        manager
            .declare(title, summary, customers, customers.equals("all"), components)
            .getString("number");
    Reply commander =
        manager.put(
            "/api/v1/incidents/" + number + "/roles/commander",
            Json.createObjectBuilder().add("username", managerName).build());
    assertThat(commander.status()).as(commander.text()).isEqualTo(200);
    return number;
  }

  private void update(
      String number, String status, String visibility, String message, String publicTitle) {
    var body =
        Json.createObjectBuilder()
            .add("status", status)
            .add("visibility", visibility)
            .add("message", message);
    if (publicTitle != null) {
      body.add("publicTitle", publicTitle);
    }
    Reply posted = manager.post("/api/v1/incidents/" + number + "/updates", body.build());
    assertThat(posted.status()).as(posted.text()).isEqualTo(201);
  }

  private String createComponent(String name) {
    Reply created =
        manager.post(
            "/api/v1/components",
            Json.createObjectBuilder()
                .add("name", name)
                .add("description", "Search test")
                .add("position", 1)
                .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("name");
  }

  private static JsonObject postmortem(String resolution, String actionItem) {
    return Json.createObjectBuilder()
        .add("summary", "What happened.")
        .add("impact", "Some customers.")
        .add("contributingFactors", "A queue filled up.")
        .add("trigger", "A deploy.")
        .add("resolution", resolution)
        .add("detection", "An alert.")
        .add("wentWell", "")
        .add("wentWrong", "")
        .add("gotLucky", "")
        .add(
            "actionItems",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("description", actionItem)
                        .add("owner", "bob")
                        .add("dueDate", LocalDate.now().plusDays(14).toString())))
        .build();
  }

  private static JsonObject search(Reveille who, String q) {
    Reply reply = who.get("/api/v1/search?q=" + enc(q));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject hit(JsonObject results, int index) {
    return results.getJsonArray("hits").getJsonObject(index);
  }

  private static List<String> numbers(JsonObject results) {
    return results.getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("number"))
        .toList();
  }

  private static Map<String, Long> counts(JsonObject results, String facet) {
    return results.getJsonArray("facets").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("name").equals(facet))
        .flatMap(f -> f.getJsonArray("values").stream().map(JsonValue::asJsonObject))
        .collect(
            Collectors.toMap(v -> v.getString("value"), v -> v.getJsonNumber("count").longValue()));
  }

  private static Map.Entry<String, Long> entry(String key, long value) {
    return Map.entry(key, value);
  }

  /** A word no other test (nor the demo data) uses: letters only, so it is one token. */
  private static String madeUpWord() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString().toLowerCase(Locale.ROOT);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
