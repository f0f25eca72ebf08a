package io.reveille.infrastructure.camunda;

import io.reveille.escalation.EscalationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${postToChat}}: out of hours for a low severity; tell the chat, wake nobody. */
@Named("postToChat")
@Dependent
public class PostToChatDelegate implements JavaDelegate {
  @Inject EscalationService escalations;

  @Override
  public void execute(DelegateExecution execution) {
    escalations.postToChatOnly(
        IncidentLifecycleVariables.incidentId(execution),
        (String) execution.getVariable("urgencyReason"),
        ((Date) execution.getVariable("nextBusinessHoursStart")).toInstant());
  }
}
