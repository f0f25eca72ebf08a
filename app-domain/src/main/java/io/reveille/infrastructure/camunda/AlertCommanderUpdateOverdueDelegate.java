package io.reveille.infrastructure.camunda;

import io.reveille.escalation.UpdateReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${alertCommanderUpdateOverdue}}: the reminder to post the promised update was ignored. */
@Named("alertCommanderUpdateOverdue")
@Dependent
public class AlertCommanderUpdateOverdueDelegate implements JavaDelegate {
  @Inject UpdateReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.alertCommander(
        IncidentLifecycleVariables.incidentId(execution),
        IncidentLifecycleVariables.nextUpdateDue(execution));
  }
}
