package io.reveille.infrastructure.camunda;

import io.reveille.incident.IncidentService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${recordSeverity}}: writes the decision table's result onto the incident. */
@Named("recordSeverity")
@Dependent
public class RecordSeverityDelegate implements JavaDelegate {
  @Inject IncidentService incidents;

  @Override
  public void execute(DelegateExecution execution) {
    incidents.recordClassification(
        IncidentLifecycleVariables.incidentId(execution),
        IncidentLifecycleVariables.classification(execution));
  }
}
