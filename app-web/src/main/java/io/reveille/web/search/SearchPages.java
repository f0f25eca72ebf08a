package io.reveille.web.search;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.incident.IncidentNumber;
import io.reveille.search.IncidentSearch;
import io.reveille.search.QueryParser;
import io.reveille.search.SearchReindexing;
import io.reveille.search.SearchRequest;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.web.pages.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The search page, similar past incidents (a fragment for htmx on the declare form and in the
 * incident room, a whole page without JavaScript) and the index rebuild page.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
  @Inject IncidentSearch search;
  @Inject SearchReindexing reindexing;
  @Inject Actor actor;

  @GET
  @Path("search")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public Response search(@BeanParam SearchParams params) {
    View view =
        View.of("search")
            .with("q", params.q == null ? "" : params.q)
            .with("publicOnly", "true".equals(params.publicOnly) || "on".equals(params.publicOnly))
            .with("sort", params.sort)
            .with("mayReadInternal", IncidentSearch.mayReadInternal(actor))
            .with("maxLength", QueryParser.MAX_LENGTH);
    if (params.q == null || params.q.isBlank()) {
      return Response.ok(view.with("results", null)).build();
    }
    try {
      SearchRequest request = params.toRequest();
      return Response.ok(view.with("results", search.search(actor, request))).build();
    } catch (InvalidInputException e) {
      return Response.status(400)
          .entity(
              view.with("results", null)
                  .with("error", e.getMessage())
                  .with("errorField", e.errors().get(0).field()))
          .build();
    }
  }

  /**
   * Similar past incidents: to an incident ({@code incident=INC-3}) or to what is being typed on
   * the declare form ({@code title}, {@code summary}). htmx gets the list alone.
   */
  @GET
  @Path("search/similar")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View similar(
      @QueryParam("incident") String incident,
      @QueryParam("title") @DefaultValue("") String title,
      @QueryParam("summary") @DefaultValue("") String summary,
      @HeaderParam("HX-Request") String htmx) {
    IncidentNumber number =
        incident == null || incident.isBlank() ? null : IncidentNumber.parse(incident);
    var similar =
        number != null
            ? search.similarTo(actor, number, 5)
            : search.similar(actor, title, summary, List.of(), null, 5);
    return View.of(htmx != null ? "fragments/similar" : "similar")
        .with("similar", similar)
        .with("incident", number)
        .with("title", title);
  }

  @GET
  @Path("admin/search")
  @RolesAllowed(ADMIN)
  public View admin(@HeaderParam("HX-Request") String htmx) {
    return View.of(htmx != null ? "fragments/reindex" : "admin-search")
        .with("progress", reindexing.progress().orElse(null));
  }

  @POST
  @Path("admin/search/reindex")
  @RolesAllowed(ADMIN)
  public Response reindex() {
    reindexing.start(actor.username());
    return Response.seeOther(URI.create("/admin/search")).build();
  }
}
