package io.reveille.infrastructure.camunda;

import io.reveille.postmortem.PostmortemReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${remindActionItemOwner}}: the action item falls due, so its owner is reminded. */
@Named("remindActionItemOwner")
@Dependent
public class RemindActionItemOwnerDelegate implements JavaDelegate {
  @Inject PostmortemReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remindOwner(PostmortemVariables.actionItemId(execution));
  }
}
