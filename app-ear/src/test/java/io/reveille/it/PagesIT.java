package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages as a person uses them, without JavaScript: every form posts and redirects. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static String managerName;
  private static String leaderName;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeAll
  static void people() {
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    managerName =
        Reveille.createPerson(admin, "pages-manager", PASSWORD, "incident-manager", "responder");
    leaderName = Reveille.createPerson(admin, "pages-leader", PASSWORD, "leadership");
  }

  @Test
  void anonymousVisitorsAreSentToTheSignInForm() {
    Reply incidents = Reveille.anonymous().get("/incidents/INC-1");
    assertThat(incidents.status()).isEqualTo(302);
    assertThat(incidents.header("Location")).endsWith("/login?next=%2Fincidents%2FINC-1");

    Reply form = Reveille.anonymous().get("/login");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("Sign in to Reveille");
  }

  @Test
  void aWrongPasswordIsRefusedPolitely() {
    Reply refused =
        Reveille.anonymous()
            .form(
                "/login",
                Map.of(
                    "username", managerName, "password", "not the password", "next", "/incidents"));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.text())
        .contains("The username or password is not right.")
        .doesNotContain("Exception");
  }

  @Test
  void theSignInFormOnlyReturnsToThisSite() {
    Reply signedIn =
        Reveille.anonymous()
            .form(
                "/login",
                Map.of(
                    "username", managerName, "password", PASSWORD, "next", "//evil.example/steal"));
    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.header("Location")).endsWith("/incidents").doesNotContain("evil");
  }

  @Test
  void theDeclareFormShowsTheSeverityAndWhyBeforeSubmitting() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    assertThat(manager.get("/incidents/new").text())
        .contains("Declare an incident")
        .contains("SEV2");

    Map<String, String> facts =
        Map.of("title", "Login page down", "customerImpact", "none", "criticalFunctionDown", "on");
    Reply withoutJavaScript =
        manager.submit("/incidents/new", "/incidents/severity-preview", facts);
    assertThat(withoutJavaScript.status()).isEqualTo(200);
    assertThat(withoutJavaScript.text())
        .contains("A critical function is down, though no customer is affected yet.")
        .contains("value=\"Login page down\"");

    Reply fragment =
        manager.send(
            manager
                .request("/incidents/severity-preview")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "customerImpact=some&criticalFunctionDown=on&_csrf=" + csrfOf(manager))));
    assertThat(fragment.text())
        .startsWith("<div id=\"severity-preview\"")
        .contains("SEV1")
        .contains("A critical function is down for some customers.")
        .doesNotContain("<html");
  }

  @Test
  void aDeclaredIncidentOpensItsRoomWithTheNextSteps() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    String hostile = "<script>alert('x')</script> & \"quotes\"";
    Reply declared =
        manager.submit(
            "/incidents/new",
            "/incidents",
            Map.of("title", hostile, "customerImpact", "all", "summary", "Everything is down."));
    assertThat(declared.status()).as(declared.text()).isEqualTo(303);
    String room = declared.header("Location").replace(ReveilleDeployment.BASE, "");
    assertThat(room).matches("/incidents/INC-\\d+");

    String page = manager.get(room).text();
    assertThat(page)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
        .doesNotContain("<script>alert")
        .contains("SEV1")
        .contains("All customers are affected.")
        .contains("Assign an incident commander")
        .contains("Post the first public update");

    Reply update =
        manager.submit(
            room,
            room + "/updates",
            Map.of(
                "status",
                "identified",
                "visibility",
                "public",
                "message",
                "Root cause found: <b>bold</b> claim"));
    assertThat(update.status()).isEqualTo(303);
    assertThat(manager.get(room).text())
        .contains("Root cause found: &lt;b&gt;bold&lt;/b&gt; claim")
        .doesNotContain("Post the first public update</a>");

    Reply empty =
        manager.submit(
            room,
            room + "/updates",
            Map.of("status", "identified", "visibility", "public", "message", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("Write what is happening.");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    Reply forged = manager.form("/incidents", Map.of("title", "Forged", "customerImpact", "all"));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.text()).contains("The form was out of date");
  }

  @Test
  void myTasksListsWhatTheProcedureWaitsFor() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    manager.submit(
        "/incidents/new",
        "/incidents",
        Map.of("title", "Billing export late", "customerImpact", "some"));
    assertThat(manager.get("/tasks").text())
        .contains("My tasks")
        .contains("Assign an incident commander");
  }

  @Test
  void thePostmortemIsWrittenSubmittedAndApprovedThroughThePages() {
    Reveille manager = Reveille.signIn(managerName, PASSWORD);
    Reply declared =
        manager.submit(
            "/incidents/new",
            "/incidents",
            Map.of("title", "Search index corrupted", "customerImpact", "some"));
    String room = declared.header("Location").replace(ReveilleDeployment.BASE, "");
    manager.submit(room, room + "/roles", Map.of("role", "commander", "username", managerName));
    manager.submit(
        room,
        room + "/updates",
        Map.of("status", "resolved", "visibility", "public", "message", "Fixed."));
    String postmortem = room + "/postmortem";
    assertThat(manager.get(room).text()).contains("Write the postmortem");

    Map<String, String> draft = new java.util.HashMap<>();
    draft.put("summary", "The search index was corrupted by a failed compaction.");
    draft.put("impact", "Search returned no results for 20 minutes.");
    draft.put("contributingFactors", "");
    draft.put("resolution", "Rebuilt the index from the primary store.");
    draft.put("actionDescription", "Verify compactions before swapping indexes");
    draft.put("actionOwner", managerName);
    draft.put("actionDue", "2030-02-01");
    draft.put("actionState", "open");
    draft.put("intent", "submit");
    Reply incomplete = manager.submit(postmortem, postmortem, draft);
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.text())
        .contains("This section is needed before review.")
        .contains("Search returned no results for 20 minutes.");

    draft.put("contributingFactors", "Compaction had no verification step.");
    assertThat(manager.submit(postmortem, postmortem, draft).status()).isEqualTo(303);
    String submitted = manager.get(postmortem).text();
    assertThat(submitted)
        .contains("In review")
        .contains("Verify compactions before swapping indexes");

    Reveille leader = Reveille.signIn(leaderName, PASSWORD);
    assertThat(leader.get("/tasks").text()).contains("Review the postmortem");
    Reply approved =
        leader.submit(
            postmortem,
            postmortem + "/reviews",
            Map.of("decision", "approved", "comment", "Well written."));
    assertThat(approved.status()).isEqualTo(303);
    assertThat(leader.get(postmortem).text()).contains("Approved").contains("Well written.");
    assertThat(manager.get(room).text()).contains("Closed").contains("Closed: postmortem approved");
  }

  private static String csrfOf(Reveille person) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(person.get("/incidents/new").text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
