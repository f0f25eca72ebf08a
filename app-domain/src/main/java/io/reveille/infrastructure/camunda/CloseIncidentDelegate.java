package io.reveille.infrastructure.camunda;

import io.reveille.incident.IncidentService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${closeIncident}}: the approved postmortem's last step, and the only way to close. */
@Named("closeIncident")
@Dependent
public class CloseIncidentDelegate implements JavaDelegate {
  @Inject IncidentService incidents;

  @Override
  public void execute(DelegateExecution execution) {
    incidents.close(IncidentLifecycleVariables.incidentId(execution));
  }
}
