package io.reveille.infrastructure.camunda;

import io.reveille.maintenance.MaintenanceService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${completeMaintenance}}: the window is completed, confirmed or not. */
@Named("completeMaintenance")
@Dependent
public class CompleteMaintenanceDelegate implements JavaDelegate {
  @Inject MaintenanceService maintenance;

  @Override
  public void execute(DelegateExecution execution) {
    maintenance.complete(
        MaintenanceVariables.maintenanceId(execution), MaintenanceVariables.confirmedBy(execution));
  }
}
