package io.reveille.web.search;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.search.SearchReindexing;
import io.reveille.shared.Actor;
import io.reveille.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Rebuilding the search index, for administrators. */
@Path("/api/v1/admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {
  @Inject SearchReindexing reindexing;
  @Inject Actor actor;

  /** Starts rebuilding the index (202), or answers the run already under way. */
  @POST
  @Path("reindex")
  @RolesAllowed(ADMIN)
  public Response reindex() {
    return Response.accepted(SearchJson.ReindexJson.of(reindexing.start(actor.username()))).build();
  }

  @GET
  @Path("reindex")
  @RolesAllowed(ADMIN)
  public SearchJson.ReindexJson reindexProgress() {
    return reindexing
        .progress()
        .map(SearchJson.ReindexJson::of)
        .orElseThrow(() -> new NotFoundException("No index rebuild has run since start-up."));
  }
}
