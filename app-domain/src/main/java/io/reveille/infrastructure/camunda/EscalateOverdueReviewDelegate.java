package io.reveille.infrastructure.camunda;

import io.reveille.postmortem.PostmortemReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${escalateOverdueReview}}: the review is overdue, so the incident managers are told. */
@Named("escalateOverdueReview")
@Dependent
public class EscalateOverdueReviewDelegate implements JavaDelegate {
  @Inject PostmortemReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.escalateOverdueReview(PostmortemVariables.postmortemId(execution));
  }
}
