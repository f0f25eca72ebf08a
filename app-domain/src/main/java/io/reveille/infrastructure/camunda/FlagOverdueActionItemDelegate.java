package io.reveille.infrastructure.camunda;

import io.reveille.postmortem.PostmortemReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${flagOverdueActionItem}}: the action item is overdue, so its owner hears again. */
@Named("flagOverdueActionItem")
@Dependent
public class FlagOverdueActionItemDelegate implements JavaDelegate {
  @Inject PostmortemReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.flagOverdue(PostmortemVariables.actionItemId(execution));
  }
}
