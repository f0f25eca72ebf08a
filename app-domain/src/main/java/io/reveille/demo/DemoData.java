package io.reveille.demo;

import io.reveille.component.ComponentDefinition;
import io.reveille.component.ComponentGroup;
import io.reveille.component.ComponentStatus;
import io.reveille.component.Components;
import io.reveille.delivery.Channel;
import io.reveille.escalation.EscalationPolicies;
import io.reveille.escalation.EscalationPolicy;
import io.reveille.escalation.PolicyDefinition;
import io.reveille.escalation.Target;
import io.reveille.identity.ContactMethods;
import io.reveille.identity.IdentityService;
import io.reveille.identity.IdentityService.NewPerson;
import io.reveille.identity.Role;
import io.reveille.incident.ComponentChange;
import io.reveille.incident.CustomerImpact;
import io.reveille.incident.Declaration;
import io.reveille.incident.ImpactAssessment;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.UpdateDraft;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenancePlan;
import io.reveille.maintenance.MaintenanceService;
import io.reveille.oncall.Layer;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.OnCallService;
import io.reveille.oncall.Rotation;
import io.reveille.oncall.Schedule;
import io.reveille.oncall.Team;
import io.reveille.oncall.TurnLength;
import io.reveille.postmortem.ActionItemDraft;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.PostmortemContent;
import io.reveille.postmortem.PostmortemService;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.shared.Actor;
import io.reveille.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Seeds a small, believable organisation (people and past incidents) so a newcomer sees a living
 * product. Only in demo mode (REVEILLE_DEMO=true), and only into an empty database. Everything goes
 * through the real services and the real process, then the timestamps are moved into the past.
 */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class);
  static final String DEFAULT_PASSWORD = "reveille-demo";

  @Inject IdentityService identities;
  @Inject IncidentService incidents;
  @Inject PostmortemService postmortems;
  @Inject OnCallService onCall;
  @Inject EscalationPolicies policies;
  @Inject Components components;
  @Inject MaintenanceService maintenance;
  @Inject java.time.Clock clock;
  @PersistenceContext EntityManager em;

  public static boolean enabled() {
    return Settings.flag("reveille.demo");
  }

  @Transactional
  public void seed() {
    if (identities.find("alice").isPresent()) {
      return;
    }
    String password = Settings.get("reveille.demo.password").orElse(DEFAULT_PASSWORD);
    Actor alice = person("alice", "Alice Martin", password, Role.INCIDENT_MANAGER, Role.RESPONDER);
    Actor bob = person("bob", "Bob Okafor", password, Role.RESPONDER);
    Actor carol = person("carol", "Carol Nguyen", password, Role.LEADERSHIP);
    person("dave", "Dave Svensson", password, Role.SUPPORT);
    person("erin", "Erin Kowalski", password, Role.INCIDENT_MANAGER, Role.RESPONDER);

    onCall(alice);
    closedPaymentsOutage(alice, bob, carol);
    searchLatencyInReview(alice, bob);
    emailDelaysIdentified(alice, bob);
    staleDashboardJustDeclared(bob);
    upcomingDatabaseUpgrade(alice);

    LOG.infof(
        "Demo data ready. Sign in as alice (incident manager), bob (responder), carol (leadership)"
            + " or dave (support), password '%s'.",
        password);
  }

  /**
   * A team with a weekly rotation, a three-step policy (chat, then text, then call, twice) and the
   * components it pages for. No chat or Twilio is connected, so pages show as "not sent".
   */
  private void onCall(Actor alice) {
    identities.changeContactMethods(
        "bob",
        new ContactMethods("bob@example.com", "+15555550101", "bob", ZoneId.of("Europe/London")));
    identities.changeContactMethods(
        "erin",
        new ContactMethods(
            "erin@example.com", "+15555550102", "erin", ZoneId.of("America/Chicago")));
    identities.changeContactMethods(
        "alice",
        new ContactMethods(
            "alice@example.com", "+15555550100", "alice", ZoneId.of("Europe/Berlin")));
    Team platform = onCall.createTeam(alice, "Platform", List.of("alice", "bob", "erin"));
    ZoneId zone = ZoneId.of("Europe/London");
    OnCallSchedule primary =
        onCall.createSchedule(
            alice,
            platform.id(),
            new Schedule(
                "Platform primary",
                zone,
                List.of(
                    new Layer(
                        "Primary",
                        new Rotation(
                            List.of("bob", "erin"),
                            TurnLength.weekly(),
                            LocalTime.of(9, 0),
                            zone,
                            LocalDate.now(clock.withZone(zone))
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))))));
    EscalationPolicy policy =
        policies.create(
            alice,
            new PolicyDefinition(
                "Platform standard",
                2,
                List.of(
                    new PolicyDefinition.Level(
                        List.of(
                            new Target(Target.Kind.TEAM_CHAT, platform.id()),
                            new Target(Target.Kind.SCHEDULE, primary.id())),
                        Set.of(Channel.CHAT),
                        Duration.ofMinutes(5)),
                    new PolicyDefinition.Level(
                        List.of(new Target(Target.Kind.SCHEDULE, primary.id())),
                        Set.of(Channel.SMS, Channel.EMAIL),
                        Duration.ofMinutes(5)),
                    new PolicyDefinition.Level(
                        List.of(new Target(Target.Kind.SCHEDULE, primary.id())),
                        Set.of(Channel.VOICE),
                        Duration.ofMinutes(10)))),
            true);
    ComponentGroup core = components.createGroup(alice, "Core platform", "", 0);
    ComponentGroup notifications = components.createGroup(alice, "Notifications", "", 1);
    component(alice, "Payments API", "Card payments and refunds.", core, 0, policy);
    component(alice, "Search", "Product and order search.", core, 1, policy);
    component(alice, "E-mail delivery", "Receipts and account e-mail.", notifications, 0, policy);
    components.create(
        alice,
        new ComponentDefinition(
            "Dashboard",
            "The operations dashboard; staff only.",
            null,
            0,
            Visibility.INTERNAL,
            false,
            policy.id()));
  }

  private void component(
      Actor actor,
      String name,
      String description,
      ComponentGroup group,
      int position,
      EscalationPolicy policy) {
    components.create(
        actor,
        new ComponentDefinition(
            name, description, group.id(), position, Visibility.PUBLIC, false, policy.id()));
  }

  /** Planned work two nights from now, so the status page shows upcoming maintenance. */
  private void upcomingDatabaseUpgrade(Actor alice) {
    Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(48));
    maintenance.schedule(
        alice,
        new MaintenancePlan(
            "Payments database upgrade",
            "We are upgrading the payments database to a new major version. Card payments and"
                + " search may be slow or briefly unavailable during the window.",
            start,
            start.plus(Duration.ofHours(2)),
            List.of("Payments API", "Search"),
            60));
  }

  private void closedPaymentsOutage(Actor alice, Actor bob, Actor carol) {
    Incident incident =
        incidents.declare(
            alice,
            new Declaration(
                "Checkout payments failing for all customers",
                "Card payments at checkout return an error; orders cannot be placed.",
                new ImpactAssessment(CustomerImpact.ALL, false, false, true, true),
                List.of("Payments API")));
    IncidentNumber number = incident.number();
    incidents.assignRole(alice, number, IncidentRole.COMMANDER, "alice");
    incidents.assignRole(alice, number, IncidentRole.TECH_LEAD, "bob");
    update(
        alice,
        number,
        IncidentStatus.INVESTIGATING,
        Visibility.PUBLIC,
        "We are investigating failed card payments at checkout. Next update within 30 minutes.",
        new ComponentChange("Payments API", ComponentStatus.MAJOR_OUTAGE));
    update(
        bob,
        number,
        IncidentStatus.IDENTIFIED,
        Visibility.INTERNAL,
        "The payment gateway's TLS certificate expired at 09:12 UTC; renewing now.");
    update(
        alice,
        number,
        IncidentStatus.IDENTIFIED,
        Visibility.PUBLIC,
        "We have identified the cause and are deploying a fix.");
    update(
        alice,
        number,
        IncidentStatus.MONITORING,
        Visibility.PUBLIC,
        "A fix is in place and payments are succeeding again. We are monitoring.",
        new ComponentChange("Payments API", ComponentStatus.DEGRADED_PERFORMANCE));
    update(
        alice,
        number,
        IncidentStatus.RESOLVED,
        Visibility.PUBLIC,
        "Payments have been working normally for an hour. This incident is resolved.");
    postmortems.save(
        alice,
        number,
        new PostmortemContent(
            "Card payments failed for 47 minutes because the gateway's TLS certificate expired.",
            "All customers could not pay at checkout for 47 minutes; about 1,900 orders failed.",
            "Certificate renewal was manual and its reminder went to a retired mailbox.",
            "The certificate's expiry at 09:12 UTC.",
            "A renewed certificate was deployed at 09:59 UTC.",
            "Checkout error-rate alert fired four minutes after the expiry.",
            "The alert fired quickly and the cause was found within 20 minutes.",
            "Nobody knew where the certificate was managed.",
            "The expiry fell on a weekday morning, not a holiday night."),
        List.of(
            new ActionItemDraft(
                "Automate certificate renewal for the payment gateway",
                "bob",
                LocalDate.now().plusDays(14),
                ActionItemState.IN_PROGRESS),
            new ActionItemDraft(
                "Alert 30 days before any certificate expires",
                "alice",
                LocalDate.now().plusDays(7),
                ActionItemState.OPEN)),
        null);
    postmortems.submit(alice, number);
    postmortems.review(carol, number, ReviewDecision.APPROVED, "Clear and actionable. Thank you.");
    backdate(incident.id(), Duration.ofDays(12));
  }

  private void searchLatencyInReview(Actor alice, Actor bob) {
    Incident incident =
        incidents.declare(
            alice,
            new Declaration(
                "Elevated latency on the search API",
                "Search requests take 4–8 seconds for some customers in the EU region.",
                new ImpactAssessment(CustomerImpact.SOME, false, false, false, true),
                List.of("Search")));
    IncidentNumber number = incident.number();
    incidents.assignRole(alice, number, IncidentRole.COMMANDER, "bob");
    update(
        bob,
        number,
        IncidentStatus.INVESTIGATING,
        Visibility.PUBLIC,
        "Some customers see slow search results. We are investigating.",
        new ComponentChange("Search", ComponentStatus.DEGRADED_PERFORMANCE));
    update(
        bob,
        number,
        IncidentStatus.IDENTIFIED,
        Visibility.PUBLIC,
        "A slow database query after this morning's release; we are rolling it back.");
    update(
        bob,
        number,
        IncidentStatus.RESOLVED,
        Visibility.PUBLIC,
        "The release was rolled back and search is fast again.");
    postmortems.save(
        bob,
        number,
        new PostmortemContent(
            "A release added an unindexed query to search; latency rose for 95 minutes.",
            "About 12% of EU customers saw searches of 4 to 8 seconds.",
            "The new query was not covered by the load test suite.",
            "Release 2026.11.3 at 07:40 UTC.",
            "Rolled back the release at 09:15 UTC.",
            "Customer reports to support, 50 minutes after the release.",
            "Rollback was one command.",
            "No latency alert on the EU search cluster.",
            ""),
        List.of(
            new ActionItemDraft(
                "Add a p95 latency alert for EU search",
                "bob",
                LocalDate.now().plusDays(10),
                ActionItemState.OPEN)),
        null);
    postmortems.submit(bob, number);
    backdate(incident.id(), Duration.ofDays(3));
  }

  private void emailDelaysIdentified(Actor alice, Actor bob) {
    Incident incident =
        incidents.declare(
            alice,
            new Declaration(
                "Delayed e-mail notifications",
                "Order confirmation e-mails arrive up to 40 minutes late.",
                new ImpactAssessment(CustomerImpact.SOME, false, false, false, true),
                List.of("E-mail delivery")));
    IncidentNumber number = incident.number();
    incidents.assignRole(alice, number, IncidentRole.COMMANDER, "alice");
    update(
        alice,
        number,
        IncidentStatus.INVESTIGATING,
        Visibility.PUBLIC,
        "Order confirmation e-mails are delayed. Orders themselves are not affected.",
        new ComponentChange("E-mail delivery", ComponentStatus.PARTIAL_OUTAGE));
    update(
        bob,
        number,
        IncidentStatus.IDENTIFIED,
        Visibility.INTERNAL,
        "The mail relay's queue is backed up behind a bounce storm from one domain.");
    backdate(incident.id(), Duration.ofMinutes(35));
  }

  private void staleDashboardJustDeclared(Actor bob) {
    incidents.declare(
        bob,
        new Declaration(
            "Internal dashboard shows stale metrics",
            "The operations dashboard stopped updating at 10:05.",
            new ImpactAssessment(CustomerImpact.NONE, false, false, false, false),
            List.of("Dashboard")));
  }

  private void update(
      Actor actor,
      IncidentNumber number,
      IncidentStatus status,
      Visibility visibility,
      String text,
      ComponentChange... components) {
    // Demo incidents tell customers what they are called in their own words: the declared title.
    String publicTitle = visibility == Visibility.PUBLIC ? incidents.get(number).title() : null;
    incidents.postUpdate(
        actor,
        number,
        new UpdateDraft(status, visibility, text, publicTitle, List.of(components), null),
        null);
  }

  private Actor person(String username, String name, String password, Role... roles) {
    identities.create(
        new NewPerson(username, name, username + "@example.com", password, Set.of(roles)));
    return new Actor(username, Set.of(roles));
  }

  /**
   * Moves an incident's history into the past, keeping the gaps between its events. The events were
   * recorded seconds apart; spreading them by a factor makes durations look like a real incident's.
   */
  private void backdate(long incidentId, Duration ago) {
    em.flush();
    Instant anchor =
        em.createQuery("select i.declaredAt from Incident i where i.id = :id", Instant.class)
            .setParameter("id", incidentId)
            .getSingleResult();
    Instant newAnchor = anchor.minus(ago);
    shift(
        "Incident",
        "id",
        incidentId,
        anchor,
        newAnchor,
        "declaredAt",
        "identifiedAt",
        "monitoringAt",
        "resolvedAt",
        "closedAt");
    shift("StatusUpdate", "incident.id", incidentId, anchor, newAnchor, "postedAt");
    shift(
        "RoleAssignment",
        "incident.id",
        incidentId,
        anchor,
        newAnchor,
        "assumedAt",
        "relinquishedAt");
    shift("TimelineEntry", "incidentId", incidentId, anchor, newAnchor, "occurredAt");
    // The uptime bars read the components' history: it moves back with the incident.
    shift("ComponentStatusChange", "incidentId", incidentId, anchor, newAnchor, "changedAt");
    shift("Postmortem", "incidentId", incidentId, anchor, newAnchor, "submittedAt", "approvedAt");
    em.clear();
  }

  /** Each event lands at newAnchor + (its offset from anchor) × 600: seconds become minutes-ish. */
  private void shift(
      String entity,
      String owner,
      long incidentId,
      Instant anchor,
      Instant newAnchor,
      String... attributes) {
    for (String attribute : attributes) {
      List<Object[]> rows =
          em.createQuery(
                  "select e.id, e."
                      + attribute
                      + " from "
                      + entity
                      + " e where e."
                      + owner
                      + " = :id",
                  Object[].class)
              .setParameter("id", incidentId)
              .getResultList();
      for (Object[] row : rows) {
        if (row[1] == null) {
          continue;
        }
        long offsetMillis = Duration.between(anchor, (Instant) row[1]).toMillis();
        Instant moved = newAnchor.plusMillis(Math.min(offsetMillis * 600, ago(newAnchor)));
        em.createQuery("update " + entity + " e set e." + attribute + " = :t where e.id = :rowId")
            .setParameter("t", moved)
            .setParameter("rowId", row[0])
            .executeUpdate();
      }
    }
  }

  /** Never move an event into the future. */
  private static long ago(Instant newAnchor) {
    return Math.max(0, Duration.between(newAnchor, Instant.now()).toMillis() - 60_000);
  }
}
