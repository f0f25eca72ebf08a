package io.reveille.infrastructure.camunda;

import io.reveille.escalation.EscalationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${alertIncidentManagers}}: every round passed without an acknowledgement. */
@Named("alertIncidentManagers")
@Dependent
public class AlertIncidentManagersDelegate implements JavaDelegate {
  @Inject EscalationService escalations;

  @Override
  public void execute(DelegateExecution execution) {
    escalations.alertIncidentManagers(IncidentLifecycleVariables.incidentId(execution));
  }
}
