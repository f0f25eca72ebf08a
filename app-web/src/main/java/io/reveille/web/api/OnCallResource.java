package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.delivery.ChatKind;
import io.reveille.identity.CalendarFeeds;
import io.reveille.identity.Person;
import io.reveille.oncall.Layer;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.OnCallService;
import io.reveille.oncall.Restriction;
import io.reveille.oncall.Rotation;
import io.reveille.oncall.Schedule;
import io.reveille.oncall.ScheduleOverride;
import io.reveille.oncall.Shift;
import io.reveille.oncall.ShiftOverride;
import io.reveille.oncall.Team;
import io.reveille.oncall.TurnLength;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Teams, on-call schedules, overrides, who is on call, and shifts as JSON or iCalendar. */
@Path("/api/v1")
@RequestScoped
@Transactional // entities are turned into JSON or pages while their lazy parts can load
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnCallResource {
  public static final String ICALENDAR = "text/calendar";
  private static final Duration DEFAULT_SPAN = Duration.ofDays(28);

  /** The domain's field names for what this API calls otherwise, so pointers hit the JSON. */
  private static final Map<String, String> ROTATION_FIELDS =
      Map.of("turnLength", "turnAmount", "zone", "timeZone");

  private static final Map<String, String> WINDOW_FIELDS =
      Map.of("start", "startTime", "end", "endTime");

  @Inject OnCallService onCall;
  @Inject CalendarFeeds feeds;
  @Inject Actor actor;
  @Inject Clock clock;

  // --- JSON shapes

  /** A team; the chat webhook URL is a credential and never shown, only its kind. */
  public record TeamJson(
      Long id, String name, List<String> members, String chatKind, boolean chatConnected) {
    static TeamJson of(Team t) {
      return new TeamJson(
          t.id(),
          t.name(),
          t.members().stream().map(Person::username).toList(),
          t.chatKind().map(Enum::name).orElse(null),
          t.chat().isPresent());
    }
  }

  /** A new or changed team. */
  public record TeamRequest(String name, List<String> members) {}

  /** Connects a chat channel; a blank webhookUrl keeps the saved one, a null kind disconnects. */
  public record ChatRequest(String kind, String webhookUrl, String signingSecret) {}

  /** A recurring window: a null startDay and endDay means every day. */
  public record RestrictionJson(String startDay, String startTime, String endDay, String endTime) {}

  /** A layer: a rotation of participants, optionally limited to windows. */
  public record LayerJson(
      String name,
      List<String> participants,
      String turnUnit,
      Integer turnAmount,
      String handoffTime,
      String timeZone,
      String startDate,
      List<RestrictionJson> restrictions) {}

  /** A schedule, as read and as written. */
  public record ScheduleJson(
      Long id,
      String name,
      String timeZone,
      Long teamId,
      List<LayerJson> layers,
      List<OverrideJson> overrides,
      Long version) {}

  /** Someone covering a schedule for a time. */
  public record OverrideJson(
      Long id, String username, Instant from, Instant to, String createdBy) {}

  /** An override to add. */
  public record OverrideRequest(String username, String from, String to) {}

  /** A stretch of one person on call; {@code source} is the layer, or "override". */
  public record ShiftJson(
      Long scheduleId,
      String scheduleName,
      String username,
      Instant start,
      Instant end,
      String source) {
    static ShiftJson of(long scheduleId, String scheduleName, Shift s) {
      return new ShiftJson(scheduleId, scheduleName, s.username(), s.start(), s.end(), s.source());
    }
  }

  /** Who is on call at a moment; null fields when nobody is. */
  public record OnCallJson(Instant at, ShiftJson shift, String displayName) {}

  /**
   * The caller's secret calendar addresses, which calendar apps read without signing in: their own
   * shifts, and each schedule's.
   */
  public record CalendarFeedsJson(String myShifts, List<ScheduleFeedJson> schedules) {}

  /** The secret address of one schedule's calendar. */
  public record ScheduleFeedJson(Long scheduleId, String scheduleName, String url) {}

  // --- teams

  @GET
  @Path("teams")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<TeamJson> teams() {
    return onCall.teams().stream().map(TeamJson::of).toList();
  }

  @POST
  @Path("teams")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response createTeam(TeamRequest request) {
    TeamRequest r = request == null ? new TeamRequest(null, null) : request;
    return Response.status(Response.Status.CREATED)
        .entity(TeamJson.of(onCall.createTeam(actor, r.name(), r.members())))
        .build();
  }

  @PUT
  @Path("teams/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public TeamJson changeTeam(@PathParam("id") long id, TeamRequest request) {
    TeamRequest r = request == null ? new TeamRequest(null, null) : request;
    return TeamJson.of(onCall.changeTeam(actor, id, r.name(), r.members()));
  }

  @PUT
  @Path("teams/{id}/chat")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public TeamJson connectChat(@PathParam("id") long id, ChatRequest request) {
    ChatRequest r = request == null ? new ChatRequest(null, null, null) : request;
    ChatKind kind = Inputs.parse(ChatKind.class, r.kind(), "kind");
    return TeamJson.of(onCall.connectChat(actor, id, kind, r.webhookUrl(), r.signingSecret()));
  }

  // --- schedules

  @GET
  @Path("schedules")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<ScheduleJson> schedules() {
    return onCall.schedules().stream().map(OnCallResource::json).toList();
  }

  @POST
  @Path("schedules")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response createSchedule(ScheduleJson request) {
    OnCallSchedule created = onCall.createSchedule(actor, teamOf(request), definition(request));
    return Response.status(Response.Status.CREATED).entity(json(created)).build();
  }

  @GET
  @Path("schedules/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public ScheduleJson schedule(@PathParam("id") long id) {
    return json(onCall.schedule(id));
  }

  @PUT
  @Path("schedules/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public ScheduleJson changeSchedule(@PathParam("id") long id, ScheduleJson request) {
    return json(
        onCall.changeSchedule(actor, id, teamOf(request), definition(request), request.version()));
  }

  @GET
  @Path("schedules/{id}/on-call")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public OnCallJson onCallAt(@PathParam("id") long id, @QueryParam("at") String at) {
    Instant when = Optional.ofNullable(Inputs.instant(at, "at")).orElse(clock.instant());
    OnCallSchedule schedule = onCall.schedule(id);
    return onCall
        .onCallAt(id, when)
        .map(
            found ->
                new OnCallJson(
                    when,
                    ShiftJson.of(id, schedule.name(), found.shift()),
                    found.person() == null ? null : found.person().displayName()))
        .orElse(new OnCallJson(when, null, null));
  }

  @GET
  @Path("schedules/{id}/shifts")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<ShiftJson> shifts(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    OnCallSchedule schedule = onCall.schedule(id);
    Instant start = Optional.ofNullable(Inputs.instant(from, "from")).orElse(clock.instant());
    Instant end = Optional.ofNullable(Inputs.instant(to, "to")).orElse(start.plus(DEFAULT_SPAN));
    return schedule.toSchedule().finalShifts(start, end).stream()
        .map(s -> ShiftJson.of(id, schedule.name(), s))
        .toList();
  }

  @GET
  @Path("schedules/{id}/shifts.ics")
  @Produces(ICALENDAR)
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public Response scheduleCalendar(@PathParam("id") long id) {
    return calendar(onCall.scheduleCalendar(id), "schedule-" + id);
  }

  @GET
  @Path("me/shifts")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<ShiftJson> myShifts(@QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start = Optional.ofNullable(Inputs.instant(from, "from")).orElse(clock.instant());
    Instant end = Optional.ofNullable(Inputs.instant(to, "to")).orElse(start.plus(DEFAULT_SPAN));
    return onCall.shiftsOf(actor.username(), start, end).stream()
        .map(p -> ShiftJson.of(p.scheduleId(), p.scheduleName(), p.shift()))
        .toList();
  }

  @GET
  @Path("me/shifts.ics")
  @Produces(ICALENDAR)
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public Response myCalendar() {
    return calendar(onCall.calendarOf(actor.username()), "shifts-" + actor.username());
  }

  @GET
  @Path("me/calendar-feeds")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public CalendarFeedsJson myCalendarFeeds() {
    CalendarFeeds.Addresses mine = feeds.of(actor.username());
    return new CalendarFeedsJson(
        mine.shifts().toString(),
        onCall.schedules().stream()
            .map(s -> new ScheduleFeedJson(s.id(), s.name(), mine.schedule(s.id()).toString()))
            .toList());
  }

  @POST
  @Path("schedules/{id}/overrides")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public Response addOverride(@PathParam("id") long id, OverrideRequest request) {
    OverrideRequest r = request == null ? new OverrideRequest(null, null, null) : request;
    ScheduleOverride added =
        onCall.addOverride(
            actor,
            id,
            new ShiftOverride(
                r.username(), Inputs.instant(r.from(), "from"), Inputs.instant(r.to(), "to")));
    return Response.status(Response.Status.CREATED).entity(json(added)).build();
  }

  @DELETE
  @Path("schedules/{id}/overrides/{overrideId}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response removeOverride(
      @PathParam("id") long id, @PathParam("overrideId") long overrideId) {
    onCall.removeOverride(actor, id, overrideId);
    return Response.noContent().build();
  }

  // --- mapping

  /** An iCalendar feed, which a calendar app may keep for five minutes. */
  public static Response calendar(String body, String name) {
    return Response.ok(body, ICALENDAR + "; charset=utf-8")
        .header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
        .header("Cache-Control", "private, max-age=300")
        .build();
  }

  private static Long teamOf(ScheduleJson request) {
    return request == null ? null : request.teamId();
  }

  static Schedule definition(ScheduleJson request) {
    if (request == null) {
      throw new InvalidInputException("name", "Send the schedule: a name, a time zone, layers.");
    }
    List<Layer> layers = new ArrayList<>();
    List<LayerJson> given = request.layers() == null ? List.of() : request.layers();
    for (int i = 0; i < given.size(); i++) {
      LayerJson l = given.get(i);
      String at = "layers/" + i + "/";
      if (l == null) {
        throw new InvalidInputException("layers/" + i, "Layer " + (i + 1) + " is empty.");
      }
      TurnLength.Unit unit =
          Inputs.require(
              TurnLength.Unit.class, l.turnUnit(), at + "turnUnit", "Choose days or hours.");
      Rotation rotation =
          InvalidInputException.prefixed(
              at,
              ROTATION_FIELDS,
              () ->
                  new Rotation(
                      l.participants(),
                      new TurnLength(unit, l.turnAmount() == null ? 0 : l.turnAmount()),
                      Inputs.time(l.handoffTime(), at + "handoffTime"),
                      Inputs.zone(
                          l.timeZone() == null ? request.timeZone() : l.timeZone(),
                          at + "timeZone"),
                      Inputs.date(l.startDate(), at + "startDate")));
      List<Restriction> restrictions = new ArrayList<>();
      for (RestrictionJson r :
          l.restrictions() == null ? List.<RestrictionJson>of() : l.restrictions()) {
        if (r == null) {
          throw new InvalidInputException(
              at + "restrictions", "A restriction is empty; remove it.");
        }
        DayOfWeek startDay = Inputs.parse(DayOfWeek.class, r.startDay(), at + "restrictions");
        DayOfWeek endDay = Inputs.parse(DayOfWeek.class, r.endDay(), at + "restrictions");
        restrictions.add(
            InvalidInputException.prefixed(
                at + "restrictions/",
                WINDOW_FIELDS,
                () ->
                    startDay == null
                        ? Restriction.daily(
                            Inputs.time(r.startTime(), at + "restrictions"),
                            Inputs.time(r.endTime(), at + "restrictions"))
                        : Restriction.weekly(
                            startDay,
                            Inputs.time(r.startTime(), at + "restrictions"),
                            endDay == null ? startDay : endDay,
                            Inputs.time(r.endTime(), at + "restrictions"))));
      }
      layers.add(
          InvalidInputException.prefixed(at, () -> new Layer(l.name(), rotation, restrictions)));
    }
    return InvalidInputException.prefixed(
        "",
        Map.of("zone", "timeZone"),
        () ->
            new Schedule(
                request.name() == null ? null : request.name().strip(),
                Inputs.zone(request.timeZone(), "timeZone"),
                layers));
  }

  static ScheduleJson json(OnCallSchedule s) {
    Schedule model = s.toSchedule();
    return new ScheduleJson(
        s.id(),
        s.name(),
        s.zone().getId(),
        s.team() == null ? null : s.team().id(),
        model.layers().stream().map(OnCallResource::json).toList(),
        s.overrides().stream().map(OnCallResource::json).toList(),
        s.version());
  }

  private static LayerJson json(Layer l) {
    Rotation r = l.rotation();
    return new LayerJson(
        l.name(),
        r.participants(),
        r.turnLength().unit().name(),
        r.turnLength().amount(),
        r.handoffTime().toString(),
        r.zone().getId(),
        r.startDate().toString(),
        l.restrictions().stream()
            .map(
                x ->
                    x instanceof Restriction.Daily d
                        ? new RestrictionJson(null, d.start().toString(), null, d.end().toString())
                        : new RestrictionJson(
                            ((Restriction.Weekly) x).startDay().name(),
                            ((Restriction.Weekly) x).startTime().toString(),
                            ((Restriction.Weekly) x).endDay().name(),
                            ((Restriction.Weekly) x).endTime().toString()))
            .toList());
  }

  private static OverrideJson json(ScheduleOverride o) {
    ShiftOverride v = o.toOverride();
    return new OverrideJson(o.id(), v.username(), v.from(), v.to(), o.createdBy());
  }
}
