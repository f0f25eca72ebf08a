package io.reveille.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.statuspage.Audience;
import io.reveille.statuspage.Indicator;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPage.ComponentChangeLine;
import io.reveille.statuspage.StatusPage.ComponentLine;
import io.reveille.statuspage.StatusPage.ComponentRef;
import io.reveille.statuspage.StatusPage.GroupLine;
import io.reveille.statuspage.StatusPage.HistoryMonth;
import io.reveille.statuspage.StatusPage.IncidentNotice;
import io.reveille.statuspage.StatusPage.MaintenanceNote;
import io.reveille.statuspage.StatusPage.MaintenanceNotice;
import io.reveille.statuspage.StatusPage.Notice;
import io.reveille.statuspage.StatusPage.Section;
import io.reveille.statuspage.StatusPage.UptimeBar;
import io.reveille.statuspage.StatusPage.UptimeDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the public representations say, rendered from a snapshot: Statuspage's field names and
 * enums, hostile text shown as text, and the badge's SVG escaped.
 */
class StatusPageRenderingTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
  private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";
  private static final PageIdentity SITE =
      new PageIdentity("acme", "Acme", "https://status.acme.test/status");

  private static StatusPage page() {
    List<UptimeDay> days = new ArrayList<>();
    for (int i = 89; i >= 0; i--) {
      days.add(
          new UptimeDay(
              LocalDate.of(2026, 11, 24).minusDays(i),
              100.0,
              ComponentStatus.OPERATIONAL,
              Duration.ZERO));
    }
    days.set(
        88,
        new UptimeDay(
            LocalDate.of(2026, 11, 23), 75.0, ComponentStatus.MAJOR_OUTAGE, Duration.ofHours(6)));
    UptimeBar bar = new UptimeBar(99.72, days);
    ComponentLine payments =
        new ComponentLine(
            11,
            "Payments API",
            HOSTILE,
            ComponentStatus.PARTIAL_OUTAGE,
            Visibility.PUBLIC,
            false,
            true,
            1L,
            0,
            T.minusSeconds(86_400),
            T,
            bar);
    ComponentLine sms =
        new ComponentLine(
            13,
            "SMS",
            "",
            ComponentStatus.OPERATIONAL,
            Visibility.PUBLIC,
            true,
            false,
            null,
            0,
            T.minusSeconds(86_400),
            T.minusSeconds(86_400),
            bar);
    GroupLine core =
        new GroupLine(
            1,
            "Core platform",
            "",
            0,
            ComponentStatus.PARTIAL_OUTAGE,
            List.of(11L),
            T.minusSeconds(86_400),
            T);
    Notice first =
        new Notice(
            101,
            IncidentStatus.INVESTIGATING,
            "We are looking into failing payments. " + HOSTILE,
            T,
            T.plusSeconds(1800),
            List.of(
                new ComponentChangeLine(
                    11,
                    "Payments API",
                    ComponentStatus.OPERATIONAL,
                    ComponentStatus.PARTIAL_OUTAGE)));
    IncidentNotice incident =
        new IncidentNotice(
            7,
            new IncidentNumber(7),
            "Payments failing " + HOSTILE,
            null,
            true,
            IncidentStatus.INVESTIGATING,
            Indicator.MAJOR,
            null,
            T,
            T,
            null,
            null,
            List.of(first),
            List.of(new ComponentRef(11, "Payments API")),
            null);
    MaintenanceNotice window =
        new MaintenanceNotice(
            31,
            "Database upgrade",
            "Planned",
            MaintenanceState.SCHEDULED,
            T.plusSeconds(86_400),
            T.plusSeconds(90_000),
            T,
            T,
            null,
            null,
            List.of(new MaintenanceNote(41, MaintenanceState.SCHEDULED, "We will upgrade", T)),
            List.of(new ComponentRef(11, "Payments API")));
    List<HistoryMonth> history = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      history.add(new HistoryMonth(YearMonth.of(2026, 11).minusMonths(i), List.of()));
    }
    return new StatusPage(
        Audience.PUBLIC,
        ZONE,
        Indicator.MAJOR,
        T,
        List.of(new Section(core, List.of(payments))),
        List.of(sms, payments),
        List.of(core),
        List.of(incident),
        List.of(incident),
        history,
        List.of(),
        List.of(window),
        List.of(window));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void summaryJsonSpeaksStatuspage() {
    JsonObject summary = json(new StatuspageJson(page(), SITE).summary());

    assertThat(summary.getJsonObject("page").getString("id")).isEqualTo("acme");
    assertThat(summary.getJsonObject("page").getString("url"))
        .isEqualTo("https://status.acme.test/status");
    assertThat(summary.getJsonObject("page").getString("time_zone")).isEqualTo("Europe/Berlin");
    assertThat(summary.getJsonObject("page").getString("updated_at"))
        .isEqualTo("2026-11-24T11:00:00.000+01:00");
    assertThat(summary.getJsonObject("status").getString("indicator")).isEqualTo("major");
    assertThat(summary.getJsonObject("status").getString("description"))
        .isEqualTo("Partial System Outage");

    var components = summary.getJsonArray("components");
    assertThat(components).hasSize(3);
    assertThat(components.getJsonObject(0).getString("name")).isEqualTo("SMS");
    assertThat(components.getJsonObject(0).getBoolean("only_show_if_degraded")).isTrue();
    assertThat(components.getJsonObject(0).isNull("group_id")).isTrue();
    JsonObject group = components.getJsonObject(1);
    assertThat(group.getBoolean("group")).isTrue();
    assertThat(group.getString("id")).isEqualTo("1");
    assertThat(group.getJsonArray("components").getString(0)).isEqualTo("11");
    JsonObject payments = components.getJsonObject(2);
    assertThat(payments.keySet())
        .containsExactly(
            "id",
            "name",
            "status",
            "created_at",
            "updated_at",
            "position",
            "description",
            "showcase",
            "start_date",
            "group_id",
            "page_id",
            "group",
            "only_show_if_degraded");
    assertThat(payments.getString("status")).isEqualTo("partial_outage");
    assertThat(payments.getString("group_id")).isEqualTo("1");
    assertThat(payments.getInt("position")).isEqualTo(3);

    JsonObject incident = summary.getJsonArray("incidents").getJsonObject(0);
    assertThat(incident.keySet())
        .containsExactly(
            "id",
            "name",
            "status",
            "created_at",
            "updated_at",
            "monitoring_at",
            "resolved_at",
            "impact",
            "shortlink",
            "started_at",
            "page_id",
            "incident_updates",
            "components");
    assertThat(incident.getString("status")).isEqualTo("investigating");
    assertThat(incident.getString("impact")).isEqualTo("major");
    assertThat(incident.getString("shortlink"))
        .isEqualTo("https://status.acme.test/status/incidents/7");
    assertThat(incident.isNull("resolved_at")).isTrue();
    JsonObject update = incident.getJsonArray("incident_updates").getJsonObject(0);
    assertThat(update.getString("status")).isEqualTo("investigating");
    assertThat(update.getString("incident_id")).isEqualTo("7");
    assertThat(update.getString("body")).endsWith(HOSTILE);
    JsonObject affected = update.getJsonArray("affected_components").getJsonObject(0);
    assertThat(affected.getString("code")).isEqualTo("11");
    assertThat(affected.getString("old_status")).isEqualTo("operational");
    assertThat(affected.getString("new_status")).isEqualTo("partial_outage");
    assertThat(incident.getJsonArray("components").getJsonObject(0).getString("name"))
        .isEqualTo("Payments API");

    JsonObject maintenance = summary.getJsonArray("scheduled_maintenances").getJsonObject(0);
    assertThat(maintenance.getString("status")).isEqualTo("scheduled");
    assertThat(maintenance.getString("impact")).isEqualTo("maintenance");
    assertThat(maintenance.getString("scheduled_for")).isEqualTo("2026-11-25T11:00:00.000+01:00");
    assertThat(maintenance.getString("scheduled_until")).isEqualTo("2026-11-25T12:00:00.000+01:00");
  }

  @Test
  void theOtherDocumentsCarryTheirOwnLists() {
    StatuspageJson json = new StatuspageJson(page(), SITE);
    assertThat(json(json.status()).keySet()).containsExactly("page", "status");
    assertThat(json(json.components()).keySet()).containsExactly("page", "components");
    assertThat(json(json.unresolvedIncidents()).getJsonArray("incidents")).hasSize(1);
    assertThat(json(json.upcomingMaintenances()).getJsonArray("scheduled_maintenances")).hasSize(1);
    assertThat(json(json.activeMaintenances()).getJsonArray("scheduled_maintenances")).isEmpty();
  }

  @Test
  void thePageShowsStatusesInWordsAndHostileTextAsText() {
    String html =
        text(
            StatusPageTemplates.render(
                "status/page", page(), SITE, StatusPageResource.model(false)));

    assertThat(html)
        .contains("Partial System Outage")
        .contains("Active incidents")
        .contains(
            "Payments failing &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
        .doesNotContain("<script>alert")
        .contains("Payments API: operational → partial outage")
        .contains("Next update expected by")
        .contains(
            "aria-label=\"Payments API: 99.72 % uptime over the last 90 days; outages on 1 day.\"")
        .contains("title=\"23 Nov 2026: 75.00 % uptime, 6 h of outage\"")
        .contains("href=\"/status/subscribe\"")
        .contains("rel=\"alternate\" type=\"application/atom+xml\"")
        .contains("Database upgrade")
        .doesNotContain("Internal")
        .doesNotContain(">SMS<");
  }

  @Test
  void theIncidentPageHasNoPostmortemSectionUntilOneIsPublished() {
    StatusPage page = page();
    IncidentNotice incident = page.activeIncidents().get(0);
    Map<String, Object> model = StatusPageResource.model(false);
    model.put("incident", incident);
    String html = text(StatusPageTemplates.render("status/incident", page, SITE, model));

    assertThat(html)
        .contains("Affected components:")
        .contains("Payments API")
        .doesNotContain("Postmortem");
  }

  @Test
  void theFeedsCarryEachPublicUpdateEscaped() {
    String atom = text(new StatusFeeds(page(), SITE).render(StatusFeeds.ATOM));
    String rss = text(new StatusFeeds(page(), SITE).render(StatusFeeds.RSS));

    assertThat(atom)
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .contains("https://status.acme.test/status/incidents/7")
        .contains("Payments failing &lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(rss)
        .contains("<rss")
        .contains("Maintenance: Database upgrade: Scheduled")
        .doesNotContain("<script>");
  }

  @Test
  void theBadgeEscapesItsText() {
    String svg = text(StatusBadge.render("<status>", Indicator.CRITICAL));

    assertThat(svg)
        .startsWith("<svg")
        .contains("&lt;status&gt;: Major System Outage")
        .doesNotContain("<status>");
  }

  private static String text(Rendition rendition) {
    return new String(rendition.body(), StandardCharsets.UTF_8);
  }
}
