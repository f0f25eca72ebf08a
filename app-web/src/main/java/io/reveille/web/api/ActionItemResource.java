package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.incident.IncidentNumber;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.PostmortemService;
import io.reveille.shared.Actor;
import io.reveille.web.api.PostmortemResource.ActionItemJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** Action items across postmortems: each person's own, and every open one for leadership. */
@Path("/api/v1/action-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionItemResource {
  @Inject PostmortemService postmortems;
  @Inject Actor actor;

  /** The new state of an item: open, in_progress, done or wont_do. */
  public record StateRequest(String state) {}

  /** The action items of {@code owner} (a username; yours when left out), open ones first. */
  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public List<ActionItemJson> owned(@QueryParam("owner") String owner) {
    String who = owner == null || owner.isBlank() ? actor.username() : owner.strip();
    return json(postmortems.actionItemsOf(who));
  }

  /** Every open action item, overdue ones first. */
  @GET
  @Path("open")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, LEADERSHIP})
  public List<ActionItemJson> open() {
    return json(postmortems.openActionItems());
  }

  @PUT
  @Path("{id}/state")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public ActionItemJson move(@PathParam("id") long id, StateRequest request) {
    ActionItemState state =
        Inputs.parse(ActionItemState.class, request == null ? null : request.state(), "state");
    ActionItem item = postmortems.moveActionItem(actor, id, state);
    return json(List.of(item)).get(0);
  }

  private List<ActionItemJson> json(List<ActionItem> items) {
    LocalDate today = postmortems.today();
    return items.stream()
        .map(
            a ->
                ActionItemJson.of(
                    a, today, new IncidentNumber(a.postmortem().incidentId()).toString()))
        .toList();
  }
}
