package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.incident.IncidentNumber;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.PostmortemService;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.web.api.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** "My action items", and leadership's view of every open and overdue one. */
@Path("/action-items")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ActionItemPages {
  @Inject PostmortemService postmortems;
  @Inject Actor actor;

  /** A row: the item and the incident it follows up. */
  public record Row(ActionItem item, IncidentNumber incident) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public View mine() {
    return view("Your action items", postmortems.actionItemsOf(actor.username()), false, Map.of());
  }

  @GET
  @Path("open")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, LEADERSHIP})
  public View open() {
    return view("Every open action item", postmortems.openActionItems(), true, Map.of());
  }

  @POST
  @Path("{id}/state")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response move(@PathParam("id") long id, @FormParam("state") String state) {
    try {
      postmortems.moveActionItem(actor, id, Inputs.parse(ActionItemState.class, state, "state"));
      return Response.seeOther(URI.create("/action-items")).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(
              view(
                  "Your action items",
                  postmortems.actionItemsOf(actor.username()),
                  false,
                  FormErrors.of(e)))
          .build();
    }
  }

  private View view(
      String title, List<ActionItem> items, boolean everyone, Map<String, String> errors) {
    return View.of("action-items")
        .with("title", title)
        .with(
            "rows",
            items.stream()
                .map(a -> new Row(a, new IncidentNumber(a.postmortem().incidentId())))
                .toList())
        .with("everyone", everyone)
        .with("today", postmortems.today())
        .with("states", ActionItemState.values())
        .with("errors", errors);
  }
}
