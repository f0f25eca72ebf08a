package io.reveille.infrastructure.camunda;

import io.reveille.incident.IncidentService;
import io.reveille.workflow.GuidedStep;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code ${flagOverdueStep}}: a guided step's due time passed; say so on the timeline. Runs on a
 * job-executor thread, when the step's timer fires.
 */
@Named("flagOverdueStep")
@Dependent
public class FlagOverdueStepDelegate implements JavaDelegate {
  @Inject IncidentService incidents;

  @Override
  public void execute(DelegateExecution execution) {
    incidents.stepOverdue(
        IncidentLifecycleVariables.incidentId(execution),
        GuidedStep.valueOf((String) execution.getVariableLocal("step")));
  }
}
