package io.reveille.web.search;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.incident.IncidentNumber;
import io.reveille.search.IncidentSearch;
import io.reveille.search.QuerySyntaxException;
import io.reveille.shared.Actor;
import io.reveille.web.api.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search of the incident history and similar incidents, as JSON. */
@Path("/api/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  @Inject IncidentSearch search;
  @Inject Actor actor;
  @Context UriInfo uri;

  /**
   * {@code GET /api/v1/search?q=…&public=true&sort=date&page=2&size=20}; {@code q} in the search
   * box's language. A query that cannot be read answers 400 naming {@code q} and the position.
   */
  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public Response search(@BeanParam SearchParams params) {
    try {
      return Response.ok(SearchJson.Results.of(search.search(actor, params.toRequest()))).build();
    } catch (QuerySyntaxException e) {
      return syntaxProblem(e, uri.getRequestUri().getRawPath());
    }
  }

  /** Past incidents like one ({@code incident=INC-3}) or like a description not yet declared. */
  @GET
  @Path("similar")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<SearchJson.SimilarJson> similar(
      @QueryParam("incident") String incident,
      @QueryParam("title") @DefaultValue("") String title,
      @QueryParam("summary") @DefaultValue("") String summary,
      @QueryParam("component") List<String> components,
      @QueryParam("limit") @DefaultValue("5") int limit) {
    var similar =
        incident != null && !incident.isBlank()
            ? search.similarTo(actor, IncidentNumber.parse(incident), limit)
            : search.similar(actor, title, summary, components, null, limit);
    return similar.stream().map(SearchJson.SimilarJson::of).toList();
  }

  /** RFC 9457, with the position in {@code q} where reading stopped (1-based). */
  static Response syntaxProblem(QuerySyntaxException e, String instance) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("field", "q");
    field.put("pointer", "#/q");
    field.put("detail", e.getMessage());
    field.put("position", e.position());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://reveille.io/problems/invalid-input");
    body.put("title", "Invalid input");
    body.put("status", 400);
    body.put("detail", e.getMessage());
    body.put("instance", instance);
    body.put("errors", List.of(field));
    return Response.status(400).type(Problems.MEDIA_TYPE).entity(body).build();
  }
}
