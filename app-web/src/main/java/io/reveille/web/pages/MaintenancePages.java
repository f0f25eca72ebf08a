package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.component.Components;
import io.reveille.maintenance.MaintenanceService;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.OrganisationZone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The maintenance calendar for staff: what is under way, coming and past; schedule and manage. */
@Path("/maintenance")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class MaintenancePages {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Inject MaintenanceService maintenance;
  @Inject Components components;
  @Inject Actor actor;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId zone;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View calendar() {
    return calendarView(Map.of(), null);
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response schedule(@Context HttpServletRequest request) {
    // The CSRF filter has read the form through the servlet already; its parameters hold it.
    MaintenanceForm form = new MaintenanceForm(request.getParameterMap(), zone);
    try {
      MaintenanceWindow window = maintenance.schedule(actor, form.plan());
      return Response.seeOther(URI.create("/maintenance/" + window.id())).build();
    } catch (DomainException e) {
      return Response.status(400).entity(calendarView(FormErrors.of(e), form.typed())).build();
    }
  }

  @GET
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View window(@PathParam("id") long id) {
    return windowView(id, Map.of(), null);
  }

  @POST
  @Path("{id}/reschedule")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reschedule(@PathParam("id") long id, @Context HttpServletRequest request) {
    MaintenanceForm form = new MaintenanceForm(request.getParameterMap(), zone);
    try {
      maintenance.reschedule(actor, id, form.startsAt(), form.endsAt());
      return Response.seeOther(URI.create("/maintenance/" + id)).build();
    } catch (DomainException e) {
      return Response.status(400).entity(windowView(id, FormErrors.of(e), form.typed())).build();
    }
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response cancel(@PathParam("id") long id) {
    try {
      maintenance.cancel(actor, id);
      return Response.seeOther(URI.create("/maintenance/" + id)).build();
    } catch (DomainException e) {
      return Response.status(400).entity(windowView(id, FormErrors.of(e), null)).build();
    }
  }

  @POST
  @Path("{id}/confirm")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(@PathParam("id") long id) {
    try {
      maintenance.confirmComplete(actor, id);
      return Response.seeOther(URI.create("/maintenance/" + id)).build();
    } catch (DomainException e) {
      return Response.status(400).entity(windowView(id, FormErrors.of(e), null)).build();
    }
  }

  private View calendarView(Map<String, String> errors, Map<String, Object> typed) {
    Map<String, Object> form = typed;
    if (form == null) {
      // A sensible start: tomorrow at the next full hour, for an hour, reminded an hour before.
      Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
      form = new HashMap<>();
      form.put("title", "");
      form.put("description", "");
      form.put("startsAt", local(start));
      form.put("endsAt", local(start.plus(1, ChronoUnit.HOURS)));
      form.put("remindBeforeMinutes", "60");
      form.put("components", List.of());
    }
    return View.of("maintenance")
        .with("active", maintenance.active())
        .with("upcoming", maintenance.upcoming())
        .with("past", maintenance.past())
        .with("components", components.all())
        .with("form", form)
        .with("errors", errors)
        .with("zone", zone.getId());
  }

  private View windowView(long id, Map<String, String> errors, Map<String, Object> typed) {
    MaintenanceWindow window = maintenance.get(id);
    Map<String, Object> form = typed;
    if (form == null) {
      form = new HashMap<>();
      form.put("startsAt", local(window.startsAt()));
      form.put("endsAt", local(window.endsAt()));
    }
    return View.of("maintenance-window")
        .with("window", window)
        .with("form", form)
        .with("errors", errors)
        .with("zone", zone.getId());
  }

  /** As a {@code datetime-local} input shows it, in the organisation's zone. */
  private String local(Instant instant) {
    return LOCAL.format(instant.atZone(zone));
  }
}
