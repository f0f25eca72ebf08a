package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.identity.Role;
import io.reveille.maintenance.MaintenanceService;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.Actor;
import io.reveille.workflow.IncidentWorkflow;
import io.reveille.workflow.MaintenanceToConfirm;
import io.reveille.workflow.MaintenanceWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;

/** "My tasks": everything the procedure waits for from me or my roles. */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class TaskPages {
  @Inject IncidentWorkflow workflow;
  @Inject MaintenanceWorkflow maintenanceWorkflow;
  @Inject MaintenanceService maintenance;
  @Inject Actor actor;
  @Inject Clock clock;

  /** A maintenance window to confirm complete, with what the row shows of it. */
  public record MaintenanceTask(MaintenanceWindow window, MaintenanceToConfirm confirm) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View mine() {
    List<String> roles = actor.roles().stream().map(Role::roleName).toList();
    List<MaintenanceTask> toConfirm =
        maintenanceWorkflow.awaitingConfirmation(actor.username(), roles).stream()
            .map(confirm -> new MaintenanceTask(maintenance.get(confirm.maintenanceId()), confirm))
            .toList();
    return View.of("tasks")
        .with("tasks", workflow.workFor(actor.username(), roles))
        .with("maintenance", toConfirm)
        .with("now", clock.instant());
  }
}
