package io.reveille.web.reports;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;

import io.reveille.report.Reports;
import io.reveille.report.UptimeTargets;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/** The leadership figures, communication report cards and uptime targets, as JSON. */
@Path("/api/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {
  @Inject Reports reports;
  @Inject UptimeTargets targets;
  @Inject Actor actor;

  /** The dashboard's figures over the last six months. */
  @GET
  @Path("insights")
  @RolesAllowed({ADMIN, LEADERSHIP})
  public InsightsJson insights() {
    return InsightsJson.of(reports.insights());
  }

  @GET
  @Path("components/{id}/uptime-target")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, LEADERSHIP})
  public UptimeTargetJson uptimeTarget(@PathParam("id") long id) {
    return new UptimeTargetJson(id, targets.of(id));
  }

  @PUT
  @Path("components/{id}/uptime-target")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public UptimeTargetJson setUptimeTarget(@PathParam("id") long id, UptimeTargetRequest body) {
    if (body == null) {
      throw new InvalidInputException(
          "targetPercent", "Give the target as a number, such as 99.95.");
    }
    return new UptimeTargetJson(id, targets.set(actor, id, body.targetPercent()));
  }

  /** A component's uptime target, in percent. */
  public record UptimeTargetJson(long componentId, BigDecimal targetPercent) {}

  /** The new target, in percent, such as 99.95. */
  public record UptimeTargetRequest(BigDecimal targetPercent) {}
}
