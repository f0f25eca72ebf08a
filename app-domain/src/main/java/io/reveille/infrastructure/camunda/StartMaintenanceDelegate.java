package io.reveille.infrastructure.camunda;

import io.reveille.maintenance.MaintenanceService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${startMaintenance}}: at the start time the window goes in progress. */
@Named("startMaintenance")
@Dependent
public class StartMaintenanceDelegate implements JavaDelegate {
  @Inject MaintenanceService maintenance;

  @Override
  public void execute(DelegateExecution execution) {
    maintenance.start(MaintenanceVariables.maintenanceId(execution));
  }
}
