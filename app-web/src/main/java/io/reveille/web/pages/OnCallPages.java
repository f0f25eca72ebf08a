package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.identity.CalendarFeeds;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Role;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.OnCallService;
import io.reveille.oncall.ScheduleOverride;
import io.reveille.oncall.Shift;
import io.reveille.oncall.ShiftOverride;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is on call: every schedule with the coming weeks, and the signed-in person's shifts. Incident
 * managers put someone on call for a time (an override) here; responders may take a shift
 * themselves.
 */
@Path("/on-call")
@RequestScoped
@Transactional // entities are turned into JSON or pages while their lazy parts can load
@Produces(MediaType.TEXT_HTML)
public class OnCallPages {
  private static final Duration AHEAD = Duration.ofDays(21);

  @Inject OnCallService onCall;
  @Inject CalendarFeeds feeds;
  @Inject IdentityService identities;
  @Inject Actor actor;
  @Inject Clock clock;

  /**
   * A schedule as the page shows it, with its overrides not yet over and its secret calendar
   * address for the viewer.
   */
  public record ScheduleView(
      long id,
      String name,
      ZoneId zone,
      Optional<Shift> now,
      List<Shift> coming,
      List<OverrideRow> overrides,
      Feed feed) {}

  /** Someone covering a schedule for a time, and who arranged it. */
  public record OverrideRow(long id, ShiftOverride override, String createdBy) {}

  /** Someone who can be put on call. */
  public record Choice(String username, String displayName) {}

  /**
   * A secret calendar address, and the same as a webcal: link, which browsers hand to the calendar
   * app to subscribe (rather than download the feed once).
   */
  public record Feed(String address, String subscribe) {
    static Feed of(URI address) {
      return new Feed(
          address.toString(), address.toString().replaceFirst("^https?://", "webcal://"));
    }
  }

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View schedules() {
    return view();
  }

  /**
   * Puts someone on call for a time. The page is built before the change: a refused change leaves
   * the transaction able only to roll back.
   */
  @POST
  @Path("{id}/overrides")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addOverride(
      @PathParam("id") long id,
      @FormParam("username") String username,
      @FormParam("from") String from,
      @FormParam("to") String to) {
    OverrideForm typed = new OverrideForm(username, from, to);
    OnCallSchedule schedule = onCall.schedule(id);
    View refused = view().with("failed", id).with("typed", typed);
    try {
      onCall.addOverride(actor, id, typed.toOverride(schedule.zone()));
      return Response.seeOther(URI.create("/on-call#schedule-" + id)).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(refused.with("errors", FieldErrors.of(e).under("overrides/" + id + "/")))
          .build();
    }
  }

  @POST
  @Path("{id}/overrides/{overrideId}/remove")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response removeOverride(
      @PathParam("id") long id, @PathParam("overrideId") long overrideId) {
    onCall.removeOverride(actor, id, overrideId);
    return Response.seeOther(URI.create("/on-call#schedule-" + id)).build();
  }

  private View view() {
    Instant now = clock.instant();
    CalendarFeeds.Addresses feedsOfViewer = feeds.of(actor.username());
    List<ScheduleView> views = new ArrayList<>();
    for (OnCallSchedule schedule : onCall.schedules()) {
      var model = schedule.toSchedule();
      List<OverrideRow> overrides = new ArrayList<>();
      for (ScheduleOverride stored : schedule.overrides()) {
        if (stored.toOverride().to().isAfter(now)) {
          overrides.add(new OverrideRow(stored.id(), stored.toOverride(), stored.createdBy()));
        }
      }
      views.add(
          new ScheduleView(
              schedule.id(),
              schedule.name(),
              schedule.zone(),
              model.onCallAt(now),
              model.finalShifts(now, now.plus(AHEAD)),
              overrides,
              Feed.of(feedsOfViewer.schedule(schedule.id()))));
    }
    // Responders may only take shifts themselves; incident managers put anyone on call.
    List<Choice> coverers =
        actor.has(Role.INCIDENT_MANAGER)
            ? identities.everyone().stream()
                .map(p -> new Choice(p.username(), p.displayName()))
                .toList()
            : List.of(new Choice(actor.username(), "me (" + actor.username() + ")"));
    return View.of("on-call")
        .with("schedules", views)
        .with("mine", onCall.shiftsOf(actor.username(), now, now.plus(AHEAD)))
        .with("myFeed", Feed.of(feedsOfViewer.shifts()))
        .with("now", now)
        .with("coverers", coverers)
        .with("canCover", actor.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER))
        .with("failed", null)
        .with("typed", new OverrideForm(actor.username(), "", ""))
        .with("errors", FieldErrors.none());
  }
}
