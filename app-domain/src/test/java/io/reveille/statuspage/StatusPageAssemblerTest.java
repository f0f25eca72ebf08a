package io.reveille.statuspage;

import static io.reveille.component.TestComponents.changeStatus;
import static io.reveille.component.TestComponents.component;
import static io.reveille.component.TestComponents.group;
import static io.reveille.incident.TestPublishedIncidents.changed;
import static io.reveille.incident.TestPublishedIncidents.declared;
import static io.reveille.incident.TestPublishedIncidents.postInternal;
import static io.reveille.incident.TestPublishedIncidents.postPublic;
import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.component.Component;
import io.reveille.component.ComponentGroup;
import io.reveille.component.ComponentStatus;
import io.reveille.component.ComponentStatusChange;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.severity.Severity;
import io.reveille.statuspage.StatusPage.ComponentLine;
import io.reveille.statuspage.StatusPage.IncidentNotice;
import io.reveille.statuspage.StatusPage.Section;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusPageAssemblerTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2026-11-24T11:00:00Z");
  private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(400));

  private final ComponentGroup core = group(1, "Core platform", 0);
  private final Component payments =
      component(11, "Payments API", core, Visibility.PUBLIC, false, LONG_AGO);
  private final Component search =
      component(12, "Search", core, Visibility.PUBLIC, false, LONG_AGO);
  private final Component sms = component(13, "SMS", null, Visibility.PUBLIC, true, LONG_AGO);
  private final Component ledger =
      component(14, "Ledger replica", core, Visibility.INTERNAL, false, LONG_AGO);
  private final List<Component> components = List.of(sms, payments, search, ledger);

  private final Map<Long, List<ComponentStatusChange>> history = new HashMap<>();
  private final List<Incident> incidents = new ArrayList<>();
  private final List<MaintenanceWindow> maintenance = new ArrayList<>();

  private StatusPage page(Audience audience) {
    return new StatusPageAssembler(audience, NOW, ZONE)
        .assemble(components, List.of(core), history, incidents, maintenance, Map.of());
  }

  private void set(Component component, ComponentStatus status, Instant at) {
    history
        .computeIfAbsent(component.id(), id -> new ArrayList<>())
        .add(changeStatus(component, status, at));
  }

  @Test
  void allOperationalReadsAllSystemsOperational() {
    StatusPage page = page(Audience.PUBLIC);

    assertThat(page.indicator()).isEqualTo(Indicator.NONE);
    assertThat(page.indicator().description()).isEqualTo("All Systems Operational");
    assertThat(page.activeIncidents()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "DEGRADED_PERFORMANCE, minor, Minor Service Outage",
    "PARTIAL_OUTAGE, major, Partial System Outage",
    "MAJOR_OUTAGE, critical, Major System Outage",
    "UNDER_MAINTENANCE, maintenance, Service Under Maintenance"
  })
  void theWorstPublicComponentSetsTheIndicator(
      ComponentStatus status, String code, String description) {
    set(search, ComponentStatus.DEGRADED_PERFORMANCE, NOW.minusSeconds(600));
    if (status != ComponentStatus.DEGRADED_PERFORMANCE) {
      set(payments, status, NOW.minusSeconds(300));
    }

    StatusPage page = page(Audience.PUBLIC);

    Indicator expected =
        status == ComponentStatus.UNDER_MAINTENANCE ? Indicator.MINOR : Indicator.of(status);
    assertThat(page.indicator()).isEqualTo(expected);
    assertThat(Indicator.of(status).code()).isEqualTo(code);
    assertThat(Indicator.of(status).description()).isEqualTo(description);
  }

  @Test
  void maintenanceRanksBelowAnyOutage() {
    set(payments, ComponentStatus.UNDER_MAINTENANCE, NOW.minusSeconds(300));
    assertThat(page(Audience.PUBLIC).indicator()).isEqualTo(Indicator.MAINTENANCE);

    set(search, ComponentStatus.DEGRADED_PERFORMANCE, NOW.minusSeconds(200));
    assertThat(page(Audience.PUBLIC).indicator()).isEqualTo(Indicator.MINOR);
  }

  @Test
  void anInternalComponentNeverReachesThePublicPageNorRaisesItsIndicator() {
    set(ledger, ComponentStatus.MAJOR_OUTAGE, NOW.minusSeconds(300));

    StatusPage publicPage = page(Audience.PUBLIC);
    assertThat(publicPage.indicator()).isEqualTo(Indicator.NONE);
    assertThat(publicPage.components())
        .extracting(ComponentLine::name)
        .doesNotContain("Ledger replica");
    assertThat(publicPage.toString()).doesNotContain("Ledger replica");

    StatusPage staffPage = page(Audience.STAFF);
    assertThat(staffPage.components())
        .filteredOn(c -> c.name().equals("Ledger replica"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ComponentStatus.MAJOR_OUTAGE));
    // Staff see what customers see at the top: internal trouble is not a public outage.
    assertThat(staffPage.indicator()).isEqualTo(Indicator.NONE);
  }

  @Test
  void aComponentShownOnlyWhenDegradedStaysOffThePageWhileOperational() {
    StatusPage calm = page(Audience.PUBLIC);
    assertThat(names(calm.sections())).containsExactly("Payments API", "Search");
    assertThat(calm.component(13)).get().extracting(ComponentLine::shown).isEqualTo(false);

    set(sms, ComponentStatus.PARTIAL_OUTAGE, NOW.minusSeconds(60));
    StatusPage degraded = page(Audience.PUBLIC);

    assertThat(names(degraded.sections())).containsExactly("SMS", "Payments API", "Search");
    assertThat(degraded.sections().get(0).group()).isNull();
    assertThat(degraded.indicator()).isEqualTo(Indicator.MAJOR);
  }

  @Test
  void aGroupShowsTheWorstOfItsShownComponents() {
    set(search, ComponentStatus.PARTIAL_OUTAGE, NOW.minusSeconds(60));
    set(ledger, ComponentStatus.MAJOR_OUTAGE, NOW.minusSeconds(60));

    StatusPage page = page(Audience.PUBLIC);

    assertThat(page.groups())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.name()).isEqualTo("Core platform");
              assertThat(g.status()).isEqualTo(ComponentStatus.PARTIAL_OUTAGE);
              assertThat(g.componentIds()).containsExactly(11L, 12L);
            });
  }

  @Test
  void aDeclaredIncidentIsNotOnThePublicPageUntilItsFirstPublicUpdate() {
    Incident incident =
        declared(7, "Ledger corrupted by job 4711", Severity.SEV1, NOW.minusSeconds(900), payments);
    postInternal(
        incident, IncidentStatus.INVESTIGATING, "Rolling back job 4711", NOW.minusSeconds(800));
    incidents.add(incident);

    StatusPage publicPage = page(Audience.PUBLIC);
    assertThat(publicPage.activeIncidents()).isEmpty();
    assertThat(publicPage.indicator()).isEqualTo(Indicator.NONE);
    assertThat(publicPage.toString()).doesNotContain("4711");

    StatusPage staffPage = page(Audience.STAFF);
    assertThat(staffPage.activeIncidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.isPublic()).isFalse();
              assertThat(i.name()).isEqualTo("Ledger corrupted by job 4711");
              assertThat(i.severity()).isEqualTo(Severity.SEV1);
              assertThat(i.updates()).isEmpty();
            });
  }

  @Test
  void aPublicIncidentShowsItsPublicTitleAndPublicUpdatesNewestFirstAndRaisesTheIndicator() {
    Incident incident =
        declared(
            8,
            "Ledger corrupted by job 4711",
            Severity.SEV2,
            NOW.minusSeconds(900),
            payments,
            ledger);
    StatusUpdate first =
        postPublic(
            incident,
            IncidentStatus.INVESTIGATING,
            "Payments are failing",
            "Looking into it",
            NOW.minusSeconds(600));
    changed(first, payments, ComponentStatus.OPERATIONAL, ComponentStatus.PARTIAL_OUTAGE);
    changed(first, ledger, ComponentStatus.OPERATIONAL, ComponentStatus.MAJOR_OUTAGE);
    set(payments, ComponentStatus.PARTIAL_OUTAGE, NOW.minusSeconds(600));
    postInternal(
        incident, IncidentStatus.IDENTIFIED, "Job 4711 by carol broke it", NOW.minusSeconds(500));
    postPublic(
        incident, IncidentStatus.IDENTIFIED, null, "We found the cause", NOW.minusSeconds(400));
    incidents.add(incident);

    StatusPage page = page(Audience.PUBLIC);

    assertThat(page.indicator()).isEqualTo(Indicator.MAJOR);
    IncidentNotice notice = page.activeIncidents().get(0);
    assertThat(notice.name()).isEqualTo("Payments are failing");
    assertThat(notice.internalTitle()).isNull();
    assertThat(notice.severity()).isNull();
    assertThat(notice.impact()).isEqualTo(Indicator.MAJOR);
    assertThat(notice.status()).isEqualTo(IncidentStatus.IDENTIFIED);
    assertThat(notice.createdAt()).isEqualTo(NOW.minusSeconds(600));
    assertThat(notice.updatedAt()).isEqualTo(NOW.minusSeconds(400));
    assertThat(notice.updates())
        .extracting(StatusPage.Notice::body)
        .containsExactly("We found the cause", "Looking into it");
    assertThat(notice.components())
        .extracting(StatusPage.ComponentRef::name)
        .containsExactly("Payments API");
    assertThat(notice.updates().get(1).componentChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("Payments API");
              assertThat(c.status()).isEqualTo(ComponentStatus.PARTIAL_OUTAGE);
            });
    assertThat(page.toString())
        .doesNotContain("4711")
        .doesNotContain("carol")
        .doesNotContain("bob")
        .doesNotContain("alice")
        .doesNotContain("Ledger");
  }

  @Test
  void aResolvedIncidentLeavesTheActiveListForTheHistoryOfItsMonth() {
    Instant lastMonth = Instant.parse("2026-10-30T10:00:00Z");
    Incident incident = declared(9, "Search slow", Severity.SEV3, lastMonth, search);
    postPublic(
        incident,
        IncidentStatus.INVESTIGATING,
        "Search is slow",
        "Looking",
        lastMonth.plusSeconds(60));
    postPublic(incident, IncidentStatus.RESOLVED, null, "Fixed", lastMonth.plusSeconds(3600));
    incidents.add(incident);

    StatusPage page = page(Audience.PUBLIC);

    assertThat(page.activeIncidents()).isEmpty();
    assertThat(page.indicator()).isEqualTo(Indicator.NONE);
    assertThat(page.history()).hasSize(12);
    assertThat(page.history().get(0).month()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(page.history().get(0).incidents()).isEmpty();
    assertThat(page.history().get(1).month()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(page.history().get(1).incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.name()).isEqualTo("Search is slow");
              assertThat(i.resolvedAt()).isEqualTo(lastMonth.plusSeconds(3600));
            });
    assertThat(page.incident(new IncidentNumber(9))).isPresent();
  }

  @Test
  void anIncidentResolvedByAnInternalUpdateIsResolvedOnThePageToo() {
    Incident incident = declared(10, "Search slow", Severity.SEV1, NOW.minusSeconds(900), search);
    postPublic(
        incident, IncidentStatus.INVESTIGATING, "Search is slow", "Looking", NOW.minusSeconds(800));
    postInternal(incident, IncidentStatus.RESOLVED, "Quietly fixed", NOW.minusSeconds(100));
    incidents.add(incident);

    StatusPage page = page(Audience.PUBLIC);

    assertThat(page.activeIncidents()).isEmpty();
    assertThat(page.indicator()).isEqualTo(Indicator.NONE);
    assertThat(page.toString()).doesNotContain("Quietly fixed");
  }

  @Test
  void theUptimeBarCountsOutagesPerDayInTheOrganisationsZone() {
    // Yesterday in Berlin, 6 hours of major outage: 75 % that day.
    Instant yesterdayNoon = LocalDate.of(2026, 11, 23).atTime(12, 0).atZone(ZONE).toInstant();
    set(payments, ComponentStatus.MAJOR_OUTAGE, yesterdayNoon);
    set(payments, ComponentStatus.OPERATIONAL, yesterdayNoon.plus(Duration.ofHours(6)));

    ComponentLine line = page(Audience.PUBLIC).component(11).orElseThrow();

    assertThat(line.uptime().days()).hasSize(StatusPageAssembler.UPTIME_DAYS);
    StatusPage.UptimeDay yesterday = line.uptime().days().get(StatusPageAssembler.UPTIME_DAYS - 2);
    assertThat(yesterday.date()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(yesterday.percent()).isEqualTo(75.0);
    assertThat(yesterday.worst()).isEqualTo(ComponentStatus.MAJOR_OUTAGE);
    assertThat(yesterday.outage()).isEqualTo(Duration.ofHours(6));
    assertThat(line.uptime().percent()).isBetween(99.7, 99.8);
  }

  @Test
  void maintenanceUnderWaySaysSoAndInternalOnlyMaintenanceStaysInternal() {
    MaintenanceWindow database =
        window(
            31,
            "Database upgrade",
            List.of(payments),
            NOW.minusSeconds(600),
            MaintenanceState.IN_PROGRESS);
    MaintenanceWindow replica =
        window(
            32,
            "Replica rebuild",
            List.of(ledger),
            NOW.plusSeconds(3600),
            MaintenanceState.SCHEDULED);
    maintenance.addAll(List.of(database, replica));

    StatusPage publicPage = page(Audience.PUBLIC);
    assertThat(publicPage.indicator()).isEqualTo(Indicator.MAINTENANCE);
    assertThat(publicPage.activeMaintenance())
        .extracting(StatusPage.MaintenanceNotice::title)
        .containsExactly("Database upgrade");
    assertThat(publicPage.upcomingMaintenance()).isEmpty();
    assertThat(publicPage.toString()).doesNotContain("Replica rebuild");

    assertThat(page(Audience.STAFF).upcomingMaintenance())
        .extracting(StatusPage.MaintenanceNotice::title)
        .containsExactly("Replica rebuild");
  }

  @Test
  void twoBuildsOfAnUnchangedPageAreEqual() {
    Incident incident = declared(12, "Search slow", Severity.SEV2, NOW.minusSeconds(900), search);
    postPublic(
        incident, IncidentStatus.INVESTIGATING, "Search is slow", "Looking", NOW.minusSeconds(800));
    incidents.add(incident);

    assertThat(page(Audience.PUBLIC)).isEqualTo(page(Audience.PUBLIC));
  }

  private static List<String> names(List<Section> sections) {
    return sections.stream()
        .flatMap(s -> s.components().stream())
        .map(ComponentLine::name)
        .toList();
  }

  private static MaintenanceWindow window(
      long id, String title, List<Component> components, Instant start, MaintenanceState state) {
    MaintenanceWindow window =
        new MaintenanceWindow(
            title,
            "Planned work",
            start,
            start.plusSeconds(7200),
            Duration.ofHours(1),
            components,
            "alice",
            LONG_AGO);
    if (state != MaintenanceState.SCHEDULED) {
      window.moveTo(state, start);
    }
    try {
      Field field = MaintenanceWindow.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(window, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return window;
  }
}
