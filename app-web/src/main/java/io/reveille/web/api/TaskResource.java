package io.reveille.web.api;

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
import java.util.List;

/** The steps waiting for the caller, across all incidents, soonest due first. */
@Path("/api/v1/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {
  @Inject IncidentWorkflow workflow;
  @Inject Actor actor;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<IncidentJson.WorkItemJson> mine() {
    return workflow
        .workFor(actor.username(), actor.roles().stream().map(Role::roleName).toList())
        .stream()
        .map(IncidentJson.WorkItemJson::of)
        .toList();
  }
}
