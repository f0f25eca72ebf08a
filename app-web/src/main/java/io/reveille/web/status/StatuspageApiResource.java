package io.reveille.web.status;

import io.reveille.statuspage.Audience;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPages;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * Statuspage's public API (v2), read-only and open to every origin: existing widgets, dashboards
 * and clients written for Statuspage point at Reveille and work unchanged. Public information only.
 */
@Path("/api/v2")
@ApplicationScoped
public class StatuspageApiResource {
  private static final String JSON = "application/json;charset=UTF-8";

  private final PageIdentity identity = PageIdentity.configured();

  @Inject StatusPages pages;
  @Inject Renditions renditions;

  @GET
  @Path("summary.json")
  @PermitAll
  public Response summary(@Context Request request) {
    return json(request, "summary", StatuspageJson::summary);
  }

  @GET
  @Path("status.json")
  @PermitAll
  public Response status(@Context Request request) {
    return json(request, "status", StatuspageJson::status);
  }

  @GET
  @Path("components.json")
  @PermitAll
  public Response components(@Context Request request) {
    return json(request, "components", StatuspageJson::components);
  }

  @GET
  @Path("incidents.json")
  @PermitAll
  public Response incidents(@Context Request request) {
    return json(request, "incidents", StatuspageJson::incidents);
  }

  @GET
  @Path("incidents/unresolved.json")
  @PermitAll
  public Response unresolvedIncidents(@Context Request request) {
    return json(request, "incidents/unresolved", StatuspageJson::unresolvedIncidents);
  }

  @GET
  @Path("scheduled-maintenances.json")
  @PermitAll
  public Response maintenances(@Context Request request) {
    return json(request, "scheduled-maintenances", StatuspageJson::maintenances);
  }

  @GET
  @Path("scheduled-maintenances/upcoming.json")
  @PermitAll
  public Response upcomingMaintenances(@Context Request request) {
    return json(request, "scheduled-maintenances/upcoming", StatuspageJson::upcomingMaintenances);
  }

  @GET
  @Path("scheduled-maintenances/active.json")
  @PermitAll
  public Response activeMaintenances(@Context Request request) {
    return json(request, "scheduled-maintenances/active", StatuspageJson::activeMaintenances);
  }

  private Response json(Request request, String name, Function<StatuspageJson, String> write) {
    StatusPage page = pages.current(Audience.PUBLIC);
    return CachedResponses.publicly(
        request,
        renditions.of(
            "api/v2/" + name,
            page,
            () -> Rendition.of(write.apply(new StatuspageJson(page, identity)), JSON)),
        true);
  }
}
