package io.reveille.infrastructure.camunda;

import io.reveille.escalation.UpdateReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${remindCommunicationsLead}}: the promised public update is due. */
@Named("remindCommunicationsLead")
@Dependent
public class RemindCommunicationsLeadDelegate implements JavaDelegate {
  @Inject UpdateReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remindCommunicationsLead(
        IncidentLifecycleVariables.incidentId(execution),
        IncidentLifecycleVariables.nextUpdateDue(execution));
  }
}
