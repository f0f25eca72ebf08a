package io.reveille.workflow;

import io.reveille.incident.ImpactAssessment;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.severity.SeverityAssessment;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The incident procedure as the application sees it. The process engine behind it is an
 * implementation detail (Camunda 7 today), so that swapping it for a fork or another engine touches
 * one adapter, not the domain. Every call joins the caller's transaction.
 */
public interface IncidentWorkflow {

  /** Evaluates the severity classification table without starting anything (for previews). */
  SeverityAssessment classify(ImpactAssessment impact);

  /** Starts the lifecycle of a newly declared incident; it classifies the severity at once. */
  void declared(Incident incident, Instant commanderDue, Instant firstUpdateDue);

  /** A status update changed (or kept) the incident's status. */
  void statusChanged(
      Incident incident, IncidentStatus status, Instant postmortemDue, String commander);

  /**
   * A public update went out; the next is due at {@code nextUpdateDue} (null: no promise). The
   * communications lead is reminded when it falls due, the commander when the reminder is ignored.
   */
  void publicUpdatePosted(IncidentNumber number, Instant nextUpdateDue);

  /** The impact facts changed: the severity is classified again. */
  void reassessed(Incident incident);

  /** A guided step was done through the ordinary action (e.g. a commander was assigned). */
  void stepDone(IncidentNumber number, GuidedStep step);

  /** The commander submitted the postmortem for review. */
  void postmortemSubmitted(IncidentNumber number, Instant reviewDue);

  /** Leadership decided on the postmortem; approval closes the incident. */
  void postmortemReviewed(IncidentNumber number, boolean approved);

  /** What the procedure expects next of each role for one incident. */
  List<WorkItem> openWork(IncidentNumber number);

  /** Everything waiting for a person: assigned to them or to one of their roles. */
  List<WorkItem> workFor(String username, Collection<String> roleNames);
}
