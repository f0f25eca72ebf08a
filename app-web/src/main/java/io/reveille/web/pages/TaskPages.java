package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.workflow.IncidentWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** "My tasks": everything the procedure waits for from me or my roles. */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class TaskPages {
  @Inject IncidentWorkflow workflow;
  @Inject Actor actor;
  @Inject Clock clock;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View mine() {
    return View.of("tasks")
        .with(
            "tasks",
            workflow.workFor(actor.username(), actor.roles().stream().map(Role::roleName).toList()))
        .with("now", clock.instant());
  }
}
