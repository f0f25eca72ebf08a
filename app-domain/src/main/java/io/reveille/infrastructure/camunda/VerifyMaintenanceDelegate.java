package io.reveille.infrastructure.camunda;

import io.reveille.maintenance.MaintenanceService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code ${verifyMaintenance}}: at the end time the work is verified before the components are
 * given back.
 */
@Named("verifyMaintenance")
@Dependent
public class VerifyMaintenanceDelegate implements JavaDelegate {
  @Inject MaintenanceService maintenance;

  @Override
  public void execute(DelegateExecution execution) {
    maintenance.beginVerifying(MaintenanceVariables.maintenanceId(execution));
  }
}
