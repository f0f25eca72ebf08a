package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.component.ComponentStatus;
import io.reveille.component.Components;
import io.reveille.composer.FilledTemplate;
import io.reveille.composer.MessageTemplates;
import io.reveille.delivery.Outbox;
import io.reveille.escalation.EscalationService;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Role;
import io.reveille.incident.CustomerImpact;
import io.reveille.incident.Declaration;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.UpdatePreview;
import io.reveille.severity.Severity;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import io.reveille.subscriber.ChannelPreview;
import io.reveille.subscriber.SubscriberLinks;
import io.reveille.timeline.Timeline;
import io.reveille.web.api.Inputs;
import io.reveille.workflow.IncidentWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The incident list, the declare form and the incident room. */
@Path("/incidents")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class IncidentPages {
  @Inject IncidentService incidents;
  @Inject IncidentWorkflow workflow;
  @Inject Timeline timeline;
  @Inject SubscriberLinks subscriberLinks;
  @Inject IdentityService identities;
  @Inject Actor actor;
  @Inject Clock clock;
  @Inject EscalationService escalations;
  @Inject Outbox outbox;
  @Inject MessageTemplates templates;
  @Inject Components components;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View list(
      @QueryParam("status") String status,
      @QueryParam("severity") String severity,
      @QueryParam("page") @DefaultValue("0") int page) {
    IncidentStatus statusFilter = Inputs.parse(IncidentStatus.class, status, "status");
    Severity severityFilter = Inputs.parse(Severity.class, severity, "severity");
    var result =
        incidents.list(
            statusFilter == null ? List.of() : List.of(statusFilter),
            severityFilter == null ? List.of() : List.of(severityFilter),
            Math.max(0, page),
            25);
    return View.of("incidents")
        .with("page", result)
        .with("status", statusFilter)
        .with("severity", severityFilter)
        .with("statuses", IncidentStatus.values())
        .with("severities", Severity.values())
        .with("now", clock.instant());
  }

  @GET
  @Path("new")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public View declareForm() {
    IncidentForm form = new IncidentForm();
    return declareView(form, Map.of()).with("assessment", incidents.previewSeverity(form.impact()));
  }

  /** The severity the facts lead to, before declaring: an htmx fragment, or the whole form. */
  @POST
  @Path("severity-preview")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public View previewSeverity(
      @BeanParam IncidentForm form, @HeaderParam("HX-Request") String htmx) {
    View view = htmx != null ? View.of("fragments/severity") : declareView(form, Map.of());
    return view.with("assessment", incidents.previewSeverity(form.impact()));
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response declare(@BeanParam IncidentForm form) {
    try {
      Incident incident =
          incidents.declare(actor, new Declaration(form.title, form.summary, form.impact()));
      return Response.seeOther(URI.create("/incidents/" + incident.number())).build();
    } catch (InvalidInputException e) {
      return Response.status(400)
          .entity(
              declareView(form, FormErrors.of(e))
                  .with("assessment", incidents.previewSeverity(form.impact())))
          .build();
    }
  }

  @GET
  @Path("{number}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View room(@PathParam("number") String number, @QueryParam("template") Long template) {
    IncidentNumber incident = IncidentNumber.parse(number);
    if (template == null) {
      return roomView(incident, Map.of(), null);
    }
    // The composer starts from the chosen template, filled in for this incident.
    Instant nextUpdate =
        incidents.get(incident).severity().updateCadence().map(clock.instant()::plus).orElse(null);
    FilledTemplate filled = templates.fill(template, incident, nextUpdate);
    Map<String, Object> typed = new HashMap<>();
    typed.put("status", filled.status() == null ? "" : filled.status().name());
    typed.put("publicTitle", filled.title());
    typed.put("message", filled.message());
    typed.put("template", String.valueOf(filled.templateId()));
    return roomView(incident, Map.of(), typed);
  }

  /** The composer's preview: what customers would read, decided as posting would, nothing sent. */
  @POST
  @Path("{number}/updates/preview")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response previewUpdate(
      @PathParam("number") String number, @Context HttpServletRequest request) {
    IncidentNumber incident = IncidentNumber.parse(number);
    UpdateForm update = UpdateForm.of(request.getParameterMap());
    try {
      UpdatePreview preview =
          incidents.previewUpdate(actor, incident, update.draft(clock.instant()));
      return Response.ok(
              roomView(incident, Map.of(), update.typed())
                  .with("preview", preview)
                  .with(
                      "channels",
                      preview.isPublic()
                          ? ChannelPreview.of(preview, subscriberLinks.sampleUnsubscribeUrl())
                          : null))
          .build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(roomView(incident, FormErrors.of(e), update.typed()))
          .build();
    }
  }

  @POST
  @Path("{number}/updates")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response postUpdate(
      @PathParam("number") String number, @Context HttpServletRequest request) {
    IncidentNumber incident = IncidentNumber.parse(number);
    // The CSRF filter has read the form through the servlet already; its parameters hold it.
    UpdateForm update = UpdateForm.of(request.getParameterMap());
    try {
      incidents.postUpdate(actor, incident, update.draft(clock.instant()), update.version());
      return Response.seeOther(URI.create("/incidents/" + incident)).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(roomView(incident, FormErrors.of(e), update.typed()))
          .build();
    }
  }

  @POST
  @Path("{number}/roles")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response assignRole(
      @PathParam("number") String number,
      @FormParam("role") String role,
      @FormParam("username") String username) {
    IncidentNumber incident = IncidentNumber.parse(number);
    try {
      incidents.assignRole(
          actor, incident, Inputs.parse(IncidentRole.class, role, "role"), username);
      return Response.seeOther(URI.create("/incidents/" + incident)).build();
    } catch (DomainException e) {
      return Response.status(400).entity(roomView(incident, FormErrors.of(e), null)).build();
    }
  }

  @POST
  @Path("{number}/impact")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reassess(
      @PathParam("number") String number,
      @BeanParam IncidentForm form,
      @FormParam("version") Long version) {
    IncidentNumber incident = IncidentNumber.parse(number);
    try {
      incidents.reassess(actor, incident, form.impact(), version);
      return Response.seeOther(URI.create("/incidents/" + incident)).build();
    } catch (DomainException e) {
      return Response.status(400).entity(roomView(incident, FormErrors.of(e), null)).build();
    }
  }

  @POST
  @Path("{number}/acknowledge")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response acknowledge(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    try {
      escalations.acknowledge(actor, incident, EscalationService.Via.INCIDENT_ROOM);
      return Response.seeOther(URI.create("/incidents/" + incident + "#escalation")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(roomView(incident, FormErrors.of(e), null)).build();
    }
  }

  private View declareView(IncidentForm form, Map<String, String> errors) {
    return View.of("declare")
        .with("form", form)
        .with("errors", errors)
        .with("impacts", CustomerImpact.values());
  }

  /** When customers were promised the next update, while the incident is open. */
  private static Instant nextUpdateDue(Incident incident) {
    if (!incident.status().isOpen()) {
      return null;
    }
    return incident.publicUpdates().stream()
        .findFirst()
        .flatMap(StatusUpdate::nextUpdateAt)
        .orElse(null);
  }

  private View roomView(
      IncidentNumber number, Map<String, String> errors, Map<String, Object> typed) {
    Incident incident = incidents.get(number);
    Instant now = clock.instant();
    Instant due = nextUpdateDue(incident);
    return View.of("incident")
        .with("incident", incident)
        .with(
            "updates",
            incident.updates().stream().filter(u -> u.visibility().isVisibleTo(actor)).toList())
        .with(
            "timeline",
            timeline.of(incident.id()).stream()
                .filter(e -> e.visibility().isVisibleTo(actor))
                .toList())
        .with("nextSteps", workflow.openWork(number))
        .with("escalation", escalations.escalation(incident.id()).orElse(null))
        .with(
            "deliveries",
            actor.hasAny(Role.RESPONDER, Role.INCIDENT_MANAGER, Role.LEADERSHIP)
                ? outbox.ofIncident(incident.id())
                : List.of())
        .with("roles", IncidentRole.values())
        .with("statuses", incident.status().updatableTo())
        .with("templates", templates.forIncidents())
        .with("components", components.all())
        .with("componentStatuses", ComponentStatus.values())
        .with("cadence", incident.severity().updateCadence().orElse(null))
        .with("nextUpdateDue", due)
        .with(
            "dueInMinutes",
            due == null ? 0 : Math.floorDiv(Duration.between(now, due).toSeconds(), 60))
        .with("people", identities.everyone())
        .with("impacts", CustomerImpact.values())
        .with("errors", errors)
        .with("typed", typed == null ? new HashMap<>() : typed)
        .with("now", now);
  }
}
