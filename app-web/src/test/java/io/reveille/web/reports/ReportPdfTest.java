package io.reveille.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.report.Figures;
import io.reveille.report.Grade;
import io.reveille.report.MonthlyReport;
import io.reveille.report.OverdueActionItem;
import io.reveille.report.PostmortemDocument;
import io.reveille.report.PostmortemDue;
import io.reveille.report.PublicIncidentReport;
import io.reveille.severity.Severity;
import io.reveille.statuspage.PublishedPostmortem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDFs as a reader gets them: their text, their fonts and their pages, read back by PDFBox. */
class ReportPdfTest {
  static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";
  static final String WORLDLY = "Zahlungen fehlgeschlagen: café, Straße, 日本 ✓";
  static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
  static final ReportText TEXT = new ReportText(ZoneId.of("UTC"));

  @Test
  void thePublicReportShowsWhatCustomersWereToldWithHostileTextAsText() throws IOException {
    String xhtml =
        ReportTemplates.render("public-incident", Map.of("r", publicReport()), TEXT, true);
    assertThat(xhtml).contains("&lt;script&gt;").doesNotContain("<script>");

    String text = textOf(PdfExport.pdf(xhtml));

    assertThat(text)
        .contains("Incident report")
        .contains("INC-42")
        .contains(HOSTILE)
        .contains("SEV1")
        .contains("Payments API")
        .contains("We are looking into failed payments.")
        .contains("café", "Straße", "日本", "✓")
        .contains("Published")
        .contains("Page 1 of");
  }

  @Test
  void theInternalPostmortemHoldsTheWholeDocumentOnSeveralPagesWithTheFontEmbedded()
      throws IOException {
    byte[] pdf =
        PdfExport.pdf(
            ReportTemplates.render("postmortem", Map.of("d", postmortem(200)), TEXT, true));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(5, 30);
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("BIZUDPGothic");
        }
      }
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Postmortem")
          .contains(HOSTILE)
          .contains("Contributing factors")
          .contains("A retry storm after the deploy ✓ 日本")
          .contains("Add a circuit breaker")
          .contains("Prevent", "High", "https://tracker.example.com/PAY-12")
          .contains("overdue")
          .contains("Annotated: the alert fired late here")
          .contains("Timeline entry 200")
          .contains("Page 2 of")
          .contains("Internal");
      // The table header repeats on the pages the timeline runs over.
      long headers = text.lines().filter(l -> l.contains("When") && l.contains("Details")).count();
      assertThat(headers).isGreaterThan(2);
    }
  }

  @Test
  void theMonthlyReportShowsUptimeAgainstTargetsAndWhatIsOverdue() throws IOException {
    String text =
        textOf(
            PdfExport.pdf(ReportTemplates.render("monthly", Map.of("m", monthly()), TEXT, true)));

    assertThat(text)
        .contains("Reliability report")
        .contains("November 2026")
        .contains("Payments API")
        .contains("99.500 %")
        .contains("99.9 %")
        .contains("MTTA")
        .contains("Add a circuit breaker")
        .contains("Comms");
    // In a table cell the hostile title wraps; it is still the literal text.
    assertThat(text.replaceAll("\\s+", "")).contains(HOSTILE.replaceAll("\\s+", ""));
  }

  @Test
  void aReportAskingForAnythingOnTheNetworkGetsNothing() throws IOException {
    String xhtml =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
            + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/evil.css\"/></head>"
            + "<body><p>Still rendered</p><img src=\"http://127.0.0.1:9/x.png\"/></body></html>";
    assertThat(textOf(PdfExport.pdf(xhtml))).contains("Still rendered");
  }

  static String textOf(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static PublicIncidentReport publicReport() {
    return new PublicIncidentReport(
        "INC-42",
        HOSTILE + " " + WORLDLY,
        Severity.SEV1,
        "Resolved",
        T0,
        T0.plus(Duration.ofMinutes(95)),
        Duration.ofMinutes(95),
        Duration.ofMinutes(7),
        List.of("Payments API"),
        List.of(
            new PublicIncidentReport.Update(
                T0.plusSeconds(420), "Investigating", "We are looking into failed payments."),
            new PublicIncidentReport.Update(
                T0.plusSeconds(5700), "Resolved", "Payments work again. " + HOSTILE)),
        new PublishedPostmortem("A retry storm, now fixed.", T0.plus(Duration.ofDays(2))),
        true,
        T0.plus(Duration.ofDays(3)));
  }

  static PostmortemDocument postmortem(int entries) {
    List<PostmortemDocument.TimelineRow> timeline = new ArrayList<>();
    for (int i = 1; i <= entries; i++) {
      timeline.add(
          new PostmortemDocument.TimelineRow(
              T0.plusSeconds(30L * i),
              i % 3 == 0 ? "Status update" : "Paged",
              i % 2 == 0,
              "alice",
              "Timeline entry "
                  + i
                  + ": "
                  + (i % 10 == 0
                      ? HOSTILE
                      : "checked the dashboards and the error rates of the payment gateway"),
              i % 7 == 0 ? "Annotated: the alert fired late here" : null));
    }
    return new PostmortemDocument(
        "INC-42",
        HOSTILE,
        "Payments are failing",
        Severity.SEV1,
        "All customers affected",
        "Resolved",
        "alice",
        "bob",
        T0,
        T0.plus(Duration.ofMinutes(95)),
        Duration.ofMinutes(95),
        List.of("Payments API", "Checkout"),
        "In review",
        "bob",
        T0.plus(Duration.ofDays(1)),
        null,
        List.of(
            new PostmortemDocument.Section("summary", "Summary", "Payments failed for 95 minutes."),
            new PostmortemDocument.Section("impact", "Impact", "All customers in " + WORLDLY),
            new PostmortemDocument.Section(
                "contributingFactors",
                "Contributing factors",
                "A retry storm after the deploy ✓ 日本"),
            new PostmortemDocument.Section("trigger", "Trigger", "")),
        List.of(
            new PostmortemDocument.ActionItemRow(
                "Add a circuit breaker",
                "Prevent",
                "High",
                "bob",
                LocalDate.of(2026, 11, 10),
                "Open",
                true,
                "https://tracker.example.com/PAY-12"),
            new PostmortemDocument.ActionItemRow(
                HOSTILE,
                "Process",
                "Medium",
                "carol",
                LocalDate.of(2026, 12, 10),
                "In progress",
                false,
                null)),
        List.of(
            new PostmortemDocument.ReviewRow(
                "carol",
                "CHANGES_REQUESTED",
                "Say more about detection.",
                T0.plus(Duration.ofDays(2)))),
        timeline,
        T0.plus(Duration.ofDays(3)));
  }

  static MonthlyReport monthly() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    counts.put(Severity.SEV1, 1L);
    counts.put(Severity.SEV2, 2L);
    counts.put(Severity.SEV3, 0L);
    return new MonthlyReport(
        YearMonth.of(2026, 11),
        Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2026-12-01T00:00:00Z"),
        true,
        List.of(
            new MonthlyReport.ComponentUptime(
                "Payments API", true, 99.5, new BigDecimal("99.9"), Duration.ofMinutes(216)),
            new MonthlyReport.ComponentUptime(
                "Search", false, 100.0, new BigDecimal("99.95"), Duration.ZERO),
            new MonthlyReport.ComponentUptime(
                "New thing", true, null, new BigDecimal("99.9"), Duration.ZERO)),
        counts,
        new Figures(
            3,
            Duration.ofMinutes(4),
            3,
            Duration.ofMinutes(80),
            2,
            Duration.ofMinutes(9),
            3,
            Duration.ofMinutes(31),
            Duration.ofMinutes(62)),
        List.of(
            new MonthlyReport.IncidentRow(
                "INC-42",
                HOSTILE,
                Severity.SEV1,
                T0,
                Duration.ofMinutes(3),
                Duration.ofMinutes(95),
                Duration.ofMinutes(7),
                Grade.A)),
        List.of(
            new OverdueActionItem(
                "INC-42", "Add a circuit breaker", "bob", LocalDate.of(2026, 11, 10), 5)),
        List.of(new PostmortemDue("INC-40", "Search was slow", Severity.SEV2, "Draft", T0, true)),
        T0.plus(Duration.ofDays(27)));
  }
}
