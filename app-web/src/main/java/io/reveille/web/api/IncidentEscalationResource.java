package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.delivery.Outbox;
import io.reveille.escalation.Escalation;
import io.reveille.escalation.EscalationService;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRepository;
import io.reveille.shared.Actor;
import io.reveille.web.api.EscalationResource.DeliveryJson;
import io.reveille.web.api.EscalationResource.EscalationJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * One incident's escalation: where it stands, every delivery it made, and acknowledging it. Its own
 * class because JAX-RS picks the resource class before the method: under {@code /api/v1/incidents}
 * these paths would never reach a class mapped at {@code /api/v1}.
 */
@Path("/api/v1/incidents/{number}/escalation")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class IncidentEscalationResource {
  @Inject EscalationService escalations;
  @Inject IncidentRepository incidents;
  @Inject Outbox outbox;
  @Inject Actor actor;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public EscalationJson escalation(@PathParam("number") String number) {
    Incident incident = incidents.get(IncidentNumber.parse(number));
    return json(incident, escalations.escalation(incident.id()).orElse(null));
  }

  @POST
  @Path("acknowledge")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public EscalationJson acknowledge(@PathParam("number") String number) {
    Incident incident = incidents.get(IncidentNumber.parse(number));
    Escalation escalation =
        escalations.acknowledge(actor, incident.number(), EscalationService.Via.API);
    return json(incident, escalation);
  }

  private EscalationJson json(Incident incident, Escalation e) {
    List<DeliveryJson> deliveries =
        outbox.ofIncident(incident.id()).stream().map(DeliveryJson::of).toList();
    if (e == null) {
      return new EscalationJson(
          incident.number().toString(),
          "NONE",
          "Not escalated",
          null,
          null,
          0,
          0,
          null,
          null,
          deliveries);
    }
    return new EscalationJson(
        incident.number().toString(),
        e.state().name(),
        e.state().label(),
        e.policyName().orElse(null),
        e.urgencyReason(),
        e.levelNumber(),
        e.roundNumber(),
        e.acknowledgedBy().orElse(null),
        e.acknowledgedAt(),
        deliveries);
  }
}
