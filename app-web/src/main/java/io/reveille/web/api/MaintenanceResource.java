package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.component.Component;
import io.reveille.maintenance.MaintenancePlan;
import io.reveille.maintenance.MaintenanceService;
import io.reveille.maintenance.MaintenanceUpdate;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Scheduled maintenance: plan a window, move it, call it off, confirm it complete. */
@Path("/api/v1/maintenance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaintenanceResource {
  @Inject MaintenanceService maintenance;
  @Inject Actor actor;
  @Context UriInfo uri;

  /** Which windows to list. */
  public enum Period {
    UPCOMING,
    ACTIVE,
    PAST
  }

  /** A maintenance window with its notices, newest first. States are Statuspage's codes. */
  public record MaintenanceJson(
      long id,
      String title,
      String description,
      String state,
      Instant startsAt,
      Instant endsAt,
      int remindBeforeMinutes,
      List<AffectedComponentJson> components,
      List<NoticeJson> updates,
      String createdBy,
      Instant createdAt,
      Instant startedAt,
      Instant completedAt) {

    static MaintenanceJson of(MaintenanceWindow w) {
      return new MaintenanceJson(
          w.id(),
          w.title(),
          w.description(),
          w.state().code(),
          w.startsAt(),
          w.endsAt(),
          (int) w.remindBefore().toMinutes(),
          w.components().stream().map(AffectedComponentJson::of).toList(),
          w.updates().stream().map(NoticeJson::of).toList(),
          w.createdBy(),
          w.createdAt(),
          w.startedAt(),
          w.completedAt());
    }
  }

  /** An affected component and its status now. */
  public record AffectedComponentJson(long id, String name, String status) {
    static AffectedComponentJson of(Component c) {
      return new AffectedComponentJson(c.id(), c.name(), c.status().code());
    }
  }

  /** A notice customers read; author is who confirmed or changed it, null for the timers. */
  public record NoticeJson(String state, String message, String author, Instant postedAt) {
    static NoticeJson of(MaintenanceUpdate u) {
      return new NoticeJson(u.state().code(), u.message(), u.author(), u.postedAt());
    }
  }

  /** Times with their offset (2026-11-24T05:00:00Z); components by name. */
  public record ScheduleRequest(
      String title,
      String description,
      String startsAt,
      String endsAt,
      List<String> components,
      Integer remindBeforeMinutes) {}

  /** The new times; once a window has started only endsAt may change. */
  public record RescheduleRequest(String startsAt, String endsAt) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<MaintenanceJson> list(@QueryParam("when") String when) {
    Period period = Inputs.parse(Period.class, when, "when");
    List<MaintenanceWindow> windows = new ArrayList<>();
    if (period == null || period == Period.ACTIVE) {
      windows.addAll(maintenance.active());
    }
    if (period == null || period == Period.UPCOMING) {
      windows.addAll(maintenance.upcoming());
    }
    if (period == null || period == Period.PAST) {
      windows.addAll(maintenance.past());
    }
    return windows.stream().map(MaintenanceJson::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public MaintenanceJson read(@PathParam("id") long id) {
    return MaintenanceJson.of(maintenance.get(id));
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response schedule(ScheduleRequest request) {
    if (request == null) {
      throw new InvalidInputException("title", "Send the maintenance window to schedule.");
    }
    MaintenanceWindow window =
        maintenance.schedule(
            actor,
            new MaintenancePlan(
                request.title(),
                request.description(),
                Inputs.instant(request.startsAt(), "startsAt"),
                Inputs.instant(request.endsAt(), "endsAt"),
                request.components(),
                request.remindBeforeMinutes()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(window.id())).build())
        .entity(MaintenanceJson.of(maintenance.get(window.id())))
        .build();
  }

  @POST
  @Path("{id}/reschedule")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public MaintenanceJson reschedule(@PathParam("id") long id, RescheduleRequest request) {
    RescheduleRequest body = request == null ? new RescheduleRequest(null, null) : request;
    maintenance.reschedule(
        actor,
        id,
        Inputs.instant(body.startsAt(), "startsAt"),
        Inputs.instant(body.endsAt(), "endsAt"));
    return MaintenanceJson.of(maintenance.get(id));
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public MaintenanceJson cancel(@PathParam("id") long id) {
    maintenance.cancel(actor, id);
    return MaintenanceJson.of(maintenance.get(id));
  }

  @POST
  @Path("{id}/confirm")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public MaintenanceJson confirm(@PathParam("id") long id) {
    maintenance.confirmComplete(actor, id);
    return MaintenanceJson.of(maintenance.get(id));
  }
}
