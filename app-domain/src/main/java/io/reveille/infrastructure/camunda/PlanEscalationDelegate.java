package io.reveille.infrastructure.camunda;

import io.reveille.escalation.EscalationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${planEscalation}}: chooses the policy and the timing the escalation model runs on. */
@Named("planEscalation")
@Dependent
public class PlanEscalationDelegate implements JavaDelegate {
  @Inject EscalationService escalations;

  @Override
  public void execute(DelegateExecution execution) {
    EscalationService.Plan plan =
        escalations.plan(IncidentLifecycleVariables.incidentId(execution));
    execution.setVariable("hasPolicy", plan.hasPolicy());
    execution.setVariable("withinBusinessHours", plan.withinBusinessHours());
    execution.setVariable("nextBusinessHoursStart", Date.from(plan.nextBusinessHoursStart()));
    execution.setVariable("levelCount", plan.levelCount());
    execution.setVariable("repeatCount", plan.repeatCount());
    execution.setVariable("level", 0);
    execution.setVariable("round", 0);
    if (plan.hasPolicy()) {
      execution.setVariable("acknowledgementTimeout", plan.acknowledgementTimeout().toString());
      execution.setVariable("repageWait", plan.repageWait().toString());
    }
  }
}
