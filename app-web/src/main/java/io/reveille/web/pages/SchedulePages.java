package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;

import io.reveille.identity.IdentityService;
import io.reveille.oncall.Layer;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.OnCallService;
import io.reveille.oncall.Rotation;
import io.reveille.oncall.Schedule;
import io.reveille.oncall.TurnLength;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.OrganisationZone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
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
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * On-call schedules and their layers. The form has one part per layer; "Add a layer" and the spare
 * window of each layer grow it without JavaScript, and a ticked "remove" drops a layer.
 *
 * <p>Each change builds its page before changing anything: a refused change leaves the transaction
 * able only to roll back, so the page shown with the refusal is read first.
 */
@Path("/admin/schedules")
@RequestScoped
@Transactional // the page is built from entities while their lazy parts can load
@Produces(MediaType.TEXT_HTML)
public class SchedulePages {
  @Inject OnCallService onCall;
  @Inject IdentityService identities;
  @Inject Actor actor;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId organisationZone;
  @Context HttpServletRequest request;

  /** A schedule in the list, each layer in a line. */
  public record ScheduleRow(long id, String name, String team, String zone, List<String> layers) {}

  /** Something to pick in a select: the value sent and the words shown. */
  public record Choice(String value, String label) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View list() {
    List<ScheduleRow> rows =
        onCall.schedules().stream()
            .map(
                s ->
                    new ScheduleRow(
                        s.id(),
                        s.name(),
                        s.team() == null ? "" : s.team().name(),
                        s.zone().getId(),
                        s.toSchedule().layers().stream().map(SchedulePages::describe).toList()))
            .toList();
    return View.of("admin-schedules").with("schedules", rows);
  }

  @GET
  @Path("new")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View newSchedule() {
    return formView(ScheduleForm.blank(organisationZone, today()), null);
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create() {
    return save(null);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View edit(@PathParam("id") long id, @QueryParam("saved") String saved) {
    return formView(ScheduleForm.of(onCall.schedule(id)), id).with("saved", saved != null);
  }

  @POST
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id) {
    onCall.schedule(id); // a schedule removed meanwhile is a 404, not a refused form
    return save(id);
  }

  private Response save(Long id) {
    PostedForm posted = PostedForm.of(request);
    ScheduleForm typed = ScheduleForm.read(posted);
    if (posted.has("addLayer")) {
      return Response.ok(formView(typed.withLayerAdded(today()), id)).build();
    }
    View refused = formView(typed, id);
    try {
      Schedule definition = typed.definition(username -> identities.find(username).isPresent());
      OnCallSchedule saved =
          id == null
              ? onCall.createSchedule(actor, typed.team(), definition)
              : onCall.changeSchedule(actor, id, typed.team(), definition, typed.loadedVersion());
      return Response.seeOther(URI.create("/admin/schedules/" + saved.id() + "?saved")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(refused.with("errors", FieldErrors.of(e))).build();
    }
  }

  private View formView(ScheduleForm form, Long id) {
    return View.of("admin-schedule")
        .with("id", id)
        .with("form", form)
        .with(
            "teams",
            onCall.teams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList())
        .with(
            "people",
            identities.everyone().stream()
                .map(p -> new Choice(p.username(), p.displayName()))
                .toList())
        .with("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList())
        .with(
            "units",
            List.of(
                new Choice(TurnLength.Unit.DAYS.name(), "days"),
                new Choice(TurnLength.Unit.HOURS.name(), "hours")))
        .with(
            "days",
            Arrays.stream(DayOfWeek.values())
                .map(d -> new Choice(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK)))
                .toList())
        .with("errors", FieldErrors.none())
        .with("saved", false);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(organisationZone));
  }

  /** "Primary: bob, erin; turns of 7 days from 09:00 (Europe/London)". */
  private static String describe(Layer layer) {
    Rotation r = layer.rotation();
    int amount = r.turnLength().amount();
    String unit = r.turnLength().unit() == TurnLength.Unit.DAYS ? " day" : " hour";
    return layer.name()
        + ": "
        + String.join(", ", r.participants())
        + "; turns of "
        + amount
        + (amount == 1 ? unit : unit + "s")
        + " from "
        + r.handoffTime()
        + " ("
        + r.zone().getId()
        + ")"
        + (layer.restrictions().isEmpty() ? "" : "; only within set hours");
  }
}
