package io.reveille.infrastructure.camunda;

import io.reveille.escalation.EscalationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${repageResponder}}: the acknowledging responder went silent; page them again. */
@Named("repageResponder")
@Dependent
public class RepageResponderDelegate implements JavaDelegate {
  @Inject EscalationService escalations;

  @Override
  public void execute(DelegateExecution execution) {
    escalations.repage(
        IncidentLifecycleVariables.incidentId(execution),
        (String) execution.getVariable("acknowledgedBy"));
  }
}
