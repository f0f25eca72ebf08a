package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.it.Reveille.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports as their readers download them from the real server: the public incident report
 * (anyone once the incident is on the status page, staff before), the internal postmortem (the
 * people who work incidents), the monthly reliability report and the insights (leadership), each as
 * a page and a PDF read back with PDFBox; and who is turned away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {
  static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @Test
  void thePublicReportIsForEveryoneOnceTheIncidentIsPublishedAndNeverShowsInternalUpdates() {
    StatusStory story = StatusStory.begin("Reports");
    story.declare("Ledger replica lag " + story.suffix);
    String report = "/status/incidents/INC-" + story.number + "/report";
    Reveille anonymous = Reveille.anonymous();
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    Reveille support =
        Reveille.signIn(
            Reveille.createPerson(admin, "support", StatusStory.PASSWORD, "support"),
            StatusStory.PASSWORD);

    // Not on the status page yet: it does not exist for the public; staff may preview it.
    assertThat(anonymous.get(report).status()).isEqualTo(404);
    assertThat(anonymous.download(report + ".pdf").statusCode()).isEqualTo(404);
    assertThat(support.get(report).text()).contains("Preview");

    String publicTitle = HOSTILE + " Zahlungen: café, Straße, 日本 ✓ " + story.suffix;
    story.postPublic(
        "investigating", publicTitle, "Payments are slow; we are on it.", "partial_outage");
    story.postInternal("identified", "Internal only: the replica's disk is full " + story.suffix);
    story.postPublic("resolved", null, "Payments are back to normal.", "operational");

    Reply page = anonymous.get(report);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.text())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
        .doesNotContain("<script>")
        .contains("Payments are slow; we are on it.")
        .contains(story.component)
        .doesNotContain("disk is full")
        .doesNotContain("Ledger replica lag");

    HttpResponse<byte[]> pdf = anonymous.download(report + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains("filename=\"incident-report-INC-" + story.number + ".pdf\"");
    assertThat(text(pdf.body()))
        .contains(HOSTILE)
        .contains("café", "Straße", "日本", "✓")
        .contains("Payments are back to normal.")
        .contains("Resolved")
        .doesNotContain("disk is full")
        .doesNotContain("Ledger replica lag");
    assertThat(anonymous.get("/status/incidents/INC-" + story.number).text())
        .contains("/report.pdf");

    // The communication report card, for staff, as a page and in the API.
    assertThat(support.get("/incidents/INC-" + story.number + "/communication").text())
        .contains("Communication report card")
        .contains("First public update after");
    JsonObject card =
        story.manager.get("/api/v1/incidents/INC-" + story.number + "/communication").json();
    assertThat(card.getString("grade")).isIn("A", "B", "C", "D", "F");
    assertThat(card.getJsonArray("reasons")).isNotEmpty();
  }

  @Test
  void theInternalPostmortemIsForThePeopleWhoWorkIncidents() {
    StatusStory story = StatusStory.begin("Postmortem report");
    story.declare(HOSTILE + " internal " + story.suffix);
    story.postInternal("identified", "Internal note: failover script " + story.suffix);
    String path = "/reports/incidents/INC-" + story.number + "/postmortem";

    Reply page = story.manager.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>")
        .contains("Timeline")
        .contains("Action items");

    HttpResponse<byte[]> pdf = story.manager.download(path + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("postmortem-INC-" + story.number + ".pdf");
    String text = text(pdf.body());
    assertThat(text).contains("Postmortem").contains("Timeline").contains("Internal");
    assertThat(text.replaceAll("\\s+", "")).contains((HOSTILE + "internal").replaceAll("\\s+", ""));

    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    Reveille support =
        Reveille.signIn(
            Reveille.createPerson(admin, "support", StatusStory.PASSWORD, "support"),
            StatusStory.PASSWORD);
    assertThat(support.get(path).status()).isEqualTo(403);
    assertThat(support.download(path + ".pdf").statusCode()).isEqualTo(403);
    int anonymous = Reveille.anonymous().download(path + ".pdf").statusCode();
    assertThat(anonymous).isIn(302, 303, 401);
  }

  @Test
  void theMonthlyReportAndInsightsAreForLeadership() {
    StatusStory story = StatusStory.begin("Monthly");
    story.declare("Search is slow " + story.suffix);
    Reveille admin = Reveille.signIn("admin", ReveilleDeployment.ADMIN_PASSWORD);
    Reveille leader =
        Reveille.signIn(
            Reveille.createPerson(admin, "leader", StatusStory.PASSWORD, "leadership"),
            StatusStory.PASSWORD);

    Reply thisMonth = leader.get("/reports/monthly");
    assertThat(thisMonth.status()).isEqualTo(303);
    String month = thisMonth.header("Location").replaceAll(".*/monthly/", "");
    Reply page = leader.get("/reports/monthly/" + month);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Reliability report").contains(story.component);

    HttpResponse<byte[]> pdf = leader.download("/reports/monthly/" + month + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("reliability-" + month + ".pdf");
    assertThat(text(pdf.body()))
        .contains("Reliability report")
        .contains("Uptime against target")
        .contains("99.9 %")
        .contains("MTTA");

    Reply insights = leader.get("/insights");
    assertThat(insights.status()).isEqualTo(200);
    assertThat(insights.text())
        .contains("<svg")
        .contains("<title id=\"chart-title\">")
        .contains("Mean time to acknowledge (MTTA)")
        .contains("Overdue action items");
    JsonObject figures = leader.withNewToken().get("/api/v1/insights").json();
    assertThat(figures.getJsonObject("figures").getInt("incidents")).isPositive();
    assertThat(figures.getJsonArray("months")).hasSize(6);

    // Not for the people working incidents, nor for anyone signed out.
    assertThat(story.manager.get("/api/v1/insights").status()).isEqualTo(403);
    assertThat(story.manager.download("/reports/monthly/" + month + ".pdf").statusCode())
        .isEqualTo(403);
    assertThat(Reveille.anonymous().get("/api/v1/insights").status()).isEqualTo(401);
    assertThat(leader.get("/reports/monthly/2026-13").status()).isEqualTo(400);
  }

  static String text(byte[] pdf) {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(1, 20);
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
