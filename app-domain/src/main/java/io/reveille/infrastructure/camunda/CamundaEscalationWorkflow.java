package io.reveille.infrastructure.camunda;

import io.reveille.incident.IncidentNumber;
import io.reveille.severity.Severity;
import io.reveille.shared.EngineConflictException;
import io.reveille.workflow.EscalationWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * The escalation model's messages. Correlated to every waiting execution with the incident's
 * business key; none waiting is fine (an acknowledgement after the escalation was cancelled, or
 * activity while nobody is watched).
 */
@ApplicationScoped
public class CamundaEscalationWorkflow implements EscalationWorkflow {
  static final String ACKNOWLEDGED = "EscalationAcknowledged";
  static final String RESPONDER_ACTIVE = "ResponderActive";
  static final String SEVERITY_RAISED = "EscalationSeverityRaised";

  @Inject CamundaProcessEngine processEngine;

  @Override
  public void acknowledged(IncidentNumber number, String username) {
    correlate(number, ACKNOWLEDGED, Map.of("acknowledgedBy", username));
  }

  @Override
  public void responderActive(IncidentNumber number) {
    correlate(number, RESPONDER_ACTIVE, Map.of());
  }

  @Override
  public void severityRaised(IncidentNumber number, Severity severity) {
    correlate(number, SEVERITY_RAISED, Map.of("severity", severity.name()));
  }

  private void correlate(IncidentNumber number, String message, Map<String, Object> variables) {
    try {
      processEngine
          .engine()
          .getRuntimeService()
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(number.toString())
          .setVariables(variables)
          .correlateAllWithResult();
    } catch (OptimisticLockingException e) {
      // A level's timer fired at the same instant; the whole transaction rolls back, so the
      // acknowledgement is not half-recorded; the service runs it again (RetriedOnEngineConflict).
      throw new EngineConflictException(
          number + " escalated at the same moment; acknowledge again.");
    }
  }
}
