package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.ComponentChange;
import io.reveille.incident.Declaration;
import io.reveille.incident.ImpactAssessment;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRepository.Page;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.RoleAssignment;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.UpdateDraft;
import io.reveille.incident.UpdatePreview;
import io.reveille.incident.Visibility;
import io.reveille.severity.Severity;
import io.reveille.severity.SeverityAssessment;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.subscriber.SubscriberLinks;
import io.reveille.timeline.Timeline;
import io.reveille.workflow.IncidentWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Incidents: declare, read, list, post updates, reassess, assign roles. */
@Path("/api/v1/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {
  @Inject IncidentService incidents;
  @Inject IncidentWorkflow workflow;
  @Inject Timeline timeline;
  @Inject SubscriberLinks subscriberLinks;
  @Inject Actor actor;
  @Context UriInfo uri;

  /** A new incident. */
  public record DeclareRequest(
      String title, String summary, ImpactJson impact, List<String> components) {}

  /** A status update. {@code version} is the incident version the author saw (optional). */
  public record UpdateRequest(
      String status,
      String visibility,
      String message,
      String publicTitle,
      List<ComponentStatusRequest> components,
      String nextUpdateAt,
      Long version) {}

  /**
   * A component status an update sets: {"component": "Payments API", "status": "partial_outage"}.
   */
  public record ComponentStatusRequest(String component, String status) {}

  /** New impact facts; the severity is classified again. */
  public record ReassessRequest(ImpactJson impact, Long version) {}

  /** Who takes a role. */
  public record RoleRequest(String username) {}

  /** A page of incidents. */
  public record PageJson(List<IncidentJson> items, int page, int size, long total) {}

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public Response declare(DeclareRequest request) {
    DeclareRequest body = request == null ? new DeclareRequest(null, null, null, null) : request;
    // Report every problem at once: the impact facts and the rest of the declaration.
    List<FieldError> errors = new ArrayList<>();
    ImpactAssessment impact = ImpactJson.collect(body.impact(), "impact.", errors);
    Declaration declaration =
        new Declaration(body.title(), body.summary(), impact, body.components());
    if (!errors.isEmpty()) {
      declaration.problems().stream().filter(p -> !p.field().equals("impact")).forEach(errors::add);
      throw new InvalidInputException(errors);
    }
    Incident incident = incidents.declare(actor, declaration);
    return Response.created(uri.getAbsolutePathBuilder().path(incident.number().toString()).build())
        .tag(etag(incident))
        .entity(IncidentJson.of(incident))
        .build();
  }

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public PageJson list(
      @QueryParam("status") List<String> statuses,
      @QueryParam("severity") List<String> severities,
      @QueryParam("page") @DefaultValue("0") String pageParam,
      @QueryParam("size") @DefaultValue("25") String sizeParam) {
    int page = whole(pageParam, "page");
    int size = whole(sizeParam, "size");
    Page<Incident> result =
        incidents.list(
            statuses.stream().map(s -> Inputs.parse(IncidentStatus.class, s, "status")).toList(),
            severities.stream().map(s -> Inputs.parse(Severity.class, s, "severity")).toList(),
            page,
            size);
    return new PageJson(
        result.items().stream().map(IncidentJson::of).toList(), page, size, result.total());
  }

  @GET
  @Path("{number}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  @Transactional // the updates' component changes are read while the JSON is built
  public Response read(@PathParam("number") String number) {
    Incident incident = incidents.get(IncidentNumber.parse(number));
    IncidentJson.Detail detail =
        IncidentJson.Detail.of(
            incident, timeline.of(incident.id()), workflow.openWork(incident.number()), actor);
    return Response.ok(detail).tag(etag(incident)).build();
  }

  @POST
  @Path("{number}/updates")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public Response postUpdate(@PathParam("number") String number, UpdateRequest request) {
    UpdateRequest body = orEmpty(request);
    StatusUpdate update =
        incidents.postUpdate(actor, IncidentNumber.parse(number), draftOf(body), body.version());
    return Response.status(Response.Status.CREATED)
        .entity(IncidentJson.UpdateJson.of(update))
        .build();
  }

  /**
   * What an update would publish, and what each subscriber channel would carry, without posting it:
   * the composer's preview for API clients (a chat bot asking before it posts, say).
   */
  @POST
  @Path("{number}/updates/preview")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public UpdatePreviewJson previewUpdate(
      @PathParam("number") String number, UpdateRequest request) {
    UpdatePreview preview =
        incidents.previewUpdate(actor, IncidentNumber.parse(number), draftOf(orEmpty(request)));
    return UpdatePreviewJson.of(preview, subscriberLinks.sampleUnsubscribeUrl());
  }

  private static UpdateRequest orEmpty(UpdateRequest request) {
    return request == null ? new UpdateRequest(null, null, null, null, null, null, null) : request;
  }

  private static UpdateDraft draftOf(UpdateRequest body) {
    List<ComponentChange> changes = new ArrayList<>();
    List<ComponentStatusRequest> named = body.components() == null ? List.of() : body.components();
    for (int i = 0; i < named.size(); i++) {
      ComponentStatusRequest c = named.get(i);
      changes.add(
          new ComponentChange(
              c == null ? null : c.component(),
              c == null
                  ? null
                  : Inputs.parse(
                      ComponentStatus.class, c.status(), "components[" + i + "].status")));
    }
    return new UpdateDraft(
        Inputs.parse(IncidentStatus.class, body.status(), "status"),
        Inputs.parse(Visibility.class, body.visibility(), "visibility"),
        body.message(),
        body.publicTitle(),
        changes,
        body.nextUpdateAt() == null ? null : Inputs.instant(body.nextUpdateAt(), "nextUpdateAt"));
  }

  @PUT
  @Path("{number}/impact")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public IncidentJson reassess(@PathParam("number") String number, ReassessRequest request) {
    ReassessRequest body = request == null ? new ReassessRequest(null, null) : request;
    return IncidentJson.of(
        incidents.reassess(
            actor,
            IncidentNumber.parse(number),
            ImpactJson.required(body.impact(), "impact."),
            body.version()));
  }

  @PUT
  @Path("{number}/roles/{role}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public IncidentJson.RoleJson assignRole(
      @PathParam("number") String number, @PathParam("role") String role, RoleRequest request) {
    RoleAssignment assignment =
        incidents.assignRole(
            actor,
            IncidentNumber.parse(number),
            Inputs.parse(IncidentRole.class, role, "role"),
            request == null ? null : request.username());
    return IncidentJson.RoleJson.of(assignment);
  }

  /** What the classification table says for these facts, before anything is declared. */
  @POST
  @Path("/severity-preview")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public SeverityJson previewSeverity(ImpactJson impact) {
    SeverityAssessment assessment = incidents.previewSeverity(ImpactJson.required(impact, ""));
    return new SeverityJson(assessment.severity().name(), assessment.reason());
  }

  /** A severity and why. */
  public record SeverityJson(String severity, String reason) {}

  /** A query parameter that must be a whole number; JAX-RS would answer a bad one with 404. */
  private static int whole(String value, String field) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "'" + value + "' is not a whole number.");
    }
  }

  static EntityTag etag(Incident incident) {
    return new EntityTag(Long.toString(incident.version()));
  }
}
