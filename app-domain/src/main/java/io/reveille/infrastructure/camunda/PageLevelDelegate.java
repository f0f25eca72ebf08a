package io.reveille.infrastructure.camunda;

import io.reveille.escalation.EscalationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${pageLevel}}: pages the current level and says how long to wait for an answer. */
@Named("pageLevel")
@Dependent
public class PageLevelDelegate implements JavaDelegate {
  @Inject EscalationService escalations;

  @Override
  public void execute(DelegateExecution execution) {
    Duration wait =
        escalations.pageLevel(
            IncidentLifecycleVariables.incidentId(execution),
            (Integer) execution.getVariable("level"),
            (Integer) execution.getVariable("round"),
            (String) execution.getVariable("urgencyReason"));
    execution.setVariable("levelWait", wait.toString());
  }
}
