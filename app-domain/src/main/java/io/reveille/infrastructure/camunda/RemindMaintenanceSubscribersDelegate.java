package io.reveille.infrastructure.camunda;

import io.reveille.maintenance.MaintenanceService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code ${remindMaintenanceSubscribers}}: the window starts soon, so its subscribers are reminded.
 */
@Named("remindMaintenanceSubscribers")
@Dependent
public class RemindMaintenanceSubscribersDelegate implements JavaDelegate {
  @Inject MaintenanceService maintenance;

  @Override
  public void execute(DelegateExecution execution) {
    maintenance.remindSubscribers(MaintenanceVariables.maintenanceId(execution));
  }
}
