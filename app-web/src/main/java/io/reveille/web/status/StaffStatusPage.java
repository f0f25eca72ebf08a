package io.reveille.web.status;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.statuspage.Audience;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The status page as the team sees it: internal components and incidents customers have not been
 * told of, too, each incident linking to its room. It still shows public updates only; internal
 * text stays in the room, where its own visibility rules apply.
 */
@Path("/staff/status")
@ApplicationScoped
public class StaffStatusPage {
  private final PageIdentity identity = PageIdentity.configured();

  @Inject StatusPages pages;
  @Inject Renditions renditions;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public Response page(@Context Request request) {
    StatusPage page = pages.current(Audience.STAFF);
    return CachedResponses.privately(
        request,
        renditions.of(
            "staff",
            page,
            () ->
                StatusPageTemplates.render(
                    "status/page", page, identity, StatusPageResource.model(true))));
  }
}
