package io.reveille.web.api;

import io.reveille.web.bootstrap.ReveilleBootstrap;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** For load balancers and orchestrators: 200 once Reveille can serve, 503 before. Public. */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {
  @Inject ReveilleBootstrap bootstrap;

  @GET
  @Path("ready")
  @PermitAll
  public Response ready() {
    boolean ready = bootstrap.isReady();
    return Response.status(ready ? 200 : 503)
        .entity(Map.of("status", ready ? "UP" : "DOWN"))
        .build();
  }

  @GET
  @Path("live")
  @PermitAll
  public Map<String, String> live() {
    return Map.of("status", "UP");
  }
}
