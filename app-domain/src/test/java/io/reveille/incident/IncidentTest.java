package io.reveille.incident;

import static io.reveille.incident.TestIncidents.minutesAfterDeclaration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.severity.Severity;
import io.reveille.severity.SeverityAssessment;
import io.reveille.shared.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentTest {
  private static final Instant T1 = minutesAfterDeclaration(10);
  private static final Instant T2 = minutesAfterDeclaration(20);
  private static final Instant T3 = minutesAfterDeclaration(30);
  private static final Instant T4 = minutesAfterDeclaration(40);

  private static StatusUpdate update(Incident incident, IncidentStatus status, Instant at) {
    return incident.postUpdate(status, Visibility.INTERNAL, "Now " + status, "bob", at);
  }

  @Test
  void aDeclaredIncidentIsInvestigatingAndNotYetClassified() {
    Incident incident = TestIncidents.declared();

    assertThat(incident.status()).isEqualTo(IncidentStatus.INVESTIGATING);
    assertThat(incident.title()).isEqualTo("Checkout fails");
    assertThat(incident.declaredBy()).isEqualTo("alice");
    assertThat(incident.declaredAt()).isEqualTo(TestIncidents.DECLARED_AT);
    assertThat(incident.severity()).isNull();
    assertThat(incident.identifiedAt()).isNull();
    assertThat(incident.monitoringAt()).isNull();
    assertThat(incident.resolvedAt()).isNull();
    assertThat(incident.closedAt()).isNull();
    assertThat(incident.updates()).isEmpty();
    assertThat(incident.roleAssignments()).isEmpty();
  }

  @Test
  void classifyingRecordsTheSeverityAndItsReason() {
    Incident incident = TestIncidents.declared();

    incident.classify(new SeverityAssessment(Severity.SEV2, "Some customers affected"));

    assertThat(incident.severity()).isEqualTo(Severity.SEV2);
    assertThat(incident.severityReason()).isEqualTo("Some customers affected");
  }

  @Nested
  class StatusUpdates {

    @Test
    void anUpdateKeepsWhatWasPostedAndMovesTheIncident() {
      Incident incident = TestIncidents.declared();

      StatusUpdate update =
          incident.postUpdate(
              IncidentStatus.IDENTIFIED,
              Visibility.PUBLIC,
              "We found the faulty deploy.",
              "bob",
              T1);

      assertThat(incident.status()).isEqualTo(IncidentStatus.IDENTIFIED);
      assertThat(update.status()).isEqualTo(IncidentStatus.IDENTIFIED);
      assertThat(update.visibility()).isEqualTo(Visibility.PUBLIC);
      assertThat(update.message()).isEqualTo("We found the faulty deploy.");
      assertThat(update.author()).isEqualTo("bob");
      assertThat(update.postedAt()).isEqualTo(T1);
      assertThat(incident.updates()).containsExactly(update);
    }

    @Test
    void identifiedIsStampedOnlyTheFirstTimeItIsReached() {
      Incident incident = TestIncidents.declared();

      update(incident, IncidentStatus.IDENTIFIED, T1);
      update(incident, IncidentStatus.INVESTIGATING, T2);
      update(incident, IncidentStatus.IDENTIFIED, T3);

      assertThat(incident.status()).isEqualTo(IncidentStatus.IDENTIFIED);
      assertThat(incident.identifiedAt()).isEqualTo(T1);
    }

    @Test
    void monitoringIsStampedOnlyTheFirstTimeItIsReached() {
      Incident incident = TestIncidents.declared();

      update(incident, IncidentStatus.MONITORING, T1);
      update(incident, IncidentStatus.INVESTIGATING, T2);
      update(incident, IncidentStatus.MONITORING, T3);

      assertThat(incident.status()).isEqualTo(IncidentStatus.MONITORING);
      assertThat(incident.monitoringAt()).isEqualTo(T1);
      assertThat(incident.identifiedAt()).as("identified was skipped").isNull();
    }

    @Test
    void resolvingStampsResolvedAtAndLeavesTheEarlierStampsAlone() {
      Incident incident = TestIncidents.declared();

      update(incident, IncidentStatus.IDENTIFIED, T1);
      update(incident, IncidentStatus.MONITORING, T2);
      update(incident, IncidentStatus.RESOLVED, T3);

      assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
      assertThat(incident.resolvedAt()).isEqualTo(T3);
      assertThat(incident.identifiedAt()).isEqualTo(T1);
      assertThat(incident.monitoringAt()).isEqualTo(T2);
      assertThat(incident.closedAt()).isNull();
    }

    @Test
    void anIncidentCanBeResolvedStraightFromInvestigating() {
      Incident incident = TestIncidents.declared();

      update(incident, IncidentStatus.RESOLVED, T1);

      assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
      assertThat(incident.resolvedAt()).isEqualTo(T1);
    }

    @Test
    void updatesAreKeptNewestFirst() {
      Incident incident = TestIncidents.declared();

      StatusUpdate first = update(incident, IncidentStatus.INVESTIGATING, T1);
      StatusUpdate second = update(incident, IncidentStatus.IDENTIFIED, T2);
      StatusUpdate third = update(incident, IncidentStatus.MONITORING, T3);

      assertThat(incident.updates()).containsExactly(third, second, first);
      assertThat(incident.updates()).extracting(StatusUpdate::postedAt).containsExactly(T3, T2, T1);
    }

    @Test
    void aResolvedIncidentCannotBeSetBackToIdentified() {
      Incident incident = TestIncidents.declaredAs(42);
      update(incident, IncidentStatus.RESOLVED, T1);

      RuleViolationException refusal =
          catchThrowableOfType(
              RuleViolationException.class, () -> update(incident, IncidentStatus.IDENTIFIED, T2));

      assertThat(refusal.field()).isEqualTo("status");
      assertThat(refusal.getMessage())
          .isEqualTo("INC-42 is resolved; an update cannot set it to identified.");
      assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
      assertThat(incident.identifiedAt()).isNull();
      assertThat(incident.updates()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void noUpdateIsAcceptedOnceTheIncidentIsResolved(IncidentStatus target) {
      Incident incident = TestIncidents.declaredAs(7);
      update(incident, IncidentStatus.RESOLVED, T1);

      RuleViolationException refusal =
          catchThrowableOfType(RuleViolationException.class, () -> update(incident, target, T2));

      assertThat(refusal.field()).isEqualTo("status");
      assertThat(incident.resolvedAt()).isEqualTo(T1);
      assertThat(incident.updates()).hasSize(1);
    }

    @Test
    void noUpdateIsAcceptedOnceTheIncidentIsClosed() {
      Incident incident = TestIncidents.declaredAs(7);
      update(incident, IncidentStatus.RESOLVED, T1);
      incident.close(T2);

      RuleViolationException refusal =
          catchThrowableOfType(
              RuleViolationException.class,
              () -> update(incident, IncidentStatus.INVESTIGATING, T3));

      assertThat(refusal.field()).isEqualTo("status");
      assertThat(refusal.getMessage()).startsWith("INC-7 is closed;");
      assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
    }

    @Test
    void anUpdateCannotCloseTheIncident() {
      Incident open = TestIncidents.declaredAs(8);

      RuleViolationException refusal =
          catchThrowableOfType(
              RuleViolationException.class, () -> update(open, IncidentStatus.CLOSED, T2));

      assertThat(refusal.field()).isEqualTo("status");
      assertThat(refusal.getMessage())
          .isEqualTo("INC-8 is investigating; an update cannot set it to closed.");
      assertThat(open.status()).isEqualTo(IncidentStatus.INVESTIGATING);
      assertThat(open.closedAt()).isNull();
    }
  }

  @Nested
  class Roles {

    @Test
    void theFirstHolderOfARoleIsCurrent() {
      Incident incident = TestIncidents.declared();

      RoleAssignment assignment = incident.assign(IncidentRole.COMMANDER, "carol", "alice", T1);

      assertThat(assignment.isCurrent()).isTrue();
      assertThat(assignment.role()).isEqualTo(IncidentRole.COMMANDER);
      assertThat(assignment.username()).isEqualTo("carol");
      assertThat(assignment.assignedBy()).isEqualTo("alice");
      assertThat(assignment.assumedAt()).isEqualTo(T1);
      assertThat(assignment.relinquishedAt()).isNull();
      assertThat(incident.holderOf(IncidentRole.COMMANDER)).isEqualTo("carol");
      assertThat(incident.isHeldBy(IncidentRole.COMMANDER, "carol")).isTrue();
    }

    @Test
    void assigningARoleRelinquishesItFromThePreviousHolder() {
      Incident incident = TestIncidents.declared();
      RoleAssignment carol = incident.assign(IncidentRole.COMMANDER, "carol", "alice", T1);

      RoleAssignment erin = incident.assign(IncidentRole.COMMANDER, "erin", "alice", T2);

      assertThat(carol.relinquishedAt()).isEqualTo(T2);
      assertThat(carol.isCurrent()).isFalse();
      assertThat(erin.isCurrent()).isTrue();
      assertThat(erin.assumedAt()).isEqualTo(T2);
      assertThat(incident.holderOf(IncidentRole.COMMANDER)).isEqualTo("erin");
      assertThat(incident.currentHolder(IncidentRole.COMMANDER)).containsSame(erin);
      assertThat(incident.isHeldBy(IncidentRole.COMMANDER, "carol")).isFalse();
      assertThat(incident.isHeldBy(IncidentRole.COMMANDER, "erin")).isTrue();
      assertThat(incident.roleAssignments()).containsExactly(carol, erin);
    }

    @Test
    void eachRoleChangesHandsOnItsOwn() {
      Incident incident = TestIncidents.declared();
      RoleAssignment techLead = incident.assign(IncidentRole.TECH_LEAD, "bob", "alice", T1);
      incident.assign(IncidentRole.COMMANDER, "carol", "alice", T2);

      incident.assign(IncidentRole.COMMANDER, "erin", "alice", T3);

      assertThat(techLead.isCurrent()).isTrue();
      assertThat(incident.holderOf(IncidentRole.TECH_LEAD)).isEqualTo("bob");
      assertThat(incident.holderOf(IncidentRole.COMMANDER)).isEqualTo("erin");
      assertThat(incident.holderOf(IncidentRole.COMMUNICATIONS_LEAD)).isNull();
      assertThat(incident.isHeldBy(IncidentRole.COMMUNICATIONS_LEAD, "bob")).isFalse();
    }

    @Test
    void rolesCanStillBeAssignedOnceResolved() {
      Incident incident = TestIncidents.declared();
      update(incident, IncidentStatus.RESOLVED, T1);

      incident.assign(IncidentRole.COMMANDER, "carol", "alice", T2);

      assertThat(incident.holderOf(IncidentRole.COMMANDER)).isEqualTo("carol");
    }

    @Test
    void noRoleIsAssignedOnceTheIncidentIsClosed() {
      Incident incident = TestIncidents.declaredAs(9);
      RoleAssignment carol = incident.assign(IncidentRole.COMMANDER, "carol", "alice", T1);
      update(incident, IncidentStatus.RESOLVED, T2);
      incident.close(T3);

      RuleViolationException refusal =
          catchThrowableOfType(
              RuleViolationException.class,
              () -> incident.assign(IncidentRole.COMMANDER, "erin", "alice", T4));

      assertThat(refusal.field()).isEqualTo("role");
      assertThat(refusal.getMessage()).isEqualTo("INC-9 is closed.");
      assertThat(carol.isCurrent()).isTrue();
      assertThat(incident.holderOf(IncidentRole.COMMANDER)).isEqualTo("carol");
    }
  }

  @Nested
  class Closing {

    @Test
    void aResolvedIncidentCloses() {
      Incident incident = TestIncidents.declared();
      update(incident, IncidentStatus.RESOLVED, T1);

      incident.close(T2);

      assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
      assertThat(incident.closedAt()).isEqualTo(T2);
      assertThat(incident.resolvedAt()).isEqualTo(T1);
    }

    @Test
    void anIncidentStillBeingMonitoredCannotBeClosed() {
      Incident incident = TestIncidents.declaredAs(12);
      update(incident, IncidentStatus.MONITORING, T1);

      RuleViolationException refusal =
          catchThrowableOfType(RuleViolationException.class, () -> incident.close(T2));

      assertThat(refusal.field()).isEqualTo("status");
      assertThat(refusal.getMessage())
          .isEqualTo("INC-12 must be resolved before it can be closed.");
      assertThat(incident.status()).isEqualTo(IncidentStatus.MONITORING);
      assertThat(incident.closedAt()).isNull();
    }

    @Test
    void aClosedIncidentCannotBeClosedAgain() {
      Incident incident = TestIncidents.declaredAs(12);
      update(incident, IncidentStatus.RESOLVED, T1);
      incident.close(T2);

      RuleViolationException refusal =
          catchThrowableOfType(RuleViolationException.class, () -> incident.close(T3));

      assertThat(refusal.field()).isEqualTo("status");
      assertThat(incident.closedAt()).isEqualTo(T2);
    }
  }

  @Nested
  class Reassessing {
    private final ImpactAssessment everyoneAffected =
        new ImpactAssessment(CustomerImpact.ALL, false, false, true, true);

    @Test
    void anOpenIncidentTakesTheNewImpact() {
      Incident incident = TestIncidents.declared();
      update(incident, IncidentStatus.MONITORING, T1);

      incident.reassess(everyoneAffected);

      assertThat(incident.impact()).isEqualTo(everyoneAffected);
    }

    @Test
    void aResolvedIncidentCannotBeReassessed() {
      Incident incident = TestIncidents.declaredAs(5);
      update(incident, IncidentStatus.RESOLVED, T1);

      RuleViolationException refusal =
          catchThrowableOfType(
              RuleViolationException.class, () -> incident.reassess(everyoneAffected));

      assertThat(refusal.field()).isEqualTo("impact");
      assertThat(refusal.getMessage()).isEqualTo("INC-5 is resolved; it can't be reassessed.");
      assertThat(incident.impact()).isEqualTo(TestIncidents.someCustomersAffected());
    }

    @Test
    void aClosedIncidentCannotBeReassessed() {
      Incident incident = TestIncidents.declaredAs(5);
      update(incident, IncidentStatus.RESOLVED, T1);
      incident.close(T2);

      RuleViolationException refusal =
          catchThrowableOfType(
              RuleViolationException.class, () -> incident.reassess(everyoneAffected));

      assertThat(refusal.field()).isEqualTo("impact");
      assertThat(incident.impact()).isEqualTo(TestIncidents.someCustomersAffected());
    }
  }
}
