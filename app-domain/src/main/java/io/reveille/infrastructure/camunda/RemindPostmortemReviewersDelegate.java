package io.reveille.infrastructure.camunda;

import io.reveille.postmortem.PostmortemReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${remindPostmortemReviewers}}: the review falls due soon, so leadership is reminded. */
@Named("remindPostmortemReviewers")
@Dependent
public class RemindPostmortemReviewersDelegate implements JavaDelegate {
  @Inject PostmortemReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remindReviewers(PostmortemVariables.postmortemId(execution));
  }
}
