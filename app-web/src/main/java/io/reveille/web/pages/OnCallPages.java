package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.OnCallService;
import io.reveille.oncall.Shift;
import io.reveille.shared.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who is on call: every schedule with the coming weeks, and the signed-in person's shifts. */
@Path("/on-call")
@RequestScoped
@Transactional // entities are turned into JSON or pages while their lazy parts can load
@Produces(MediaType.TEXT_HTML)
public class OnCallPages {
  private static final Duration AHEAD = Duration.ofDays(21);

  @Inject OnCallService onCall;
  @Inject Actor actor;
  @Inject Clock clock;

  /** A schedule as the page shows it. */
  public record ScheduleView(OnCallSchedule schedule, Optional<Shift> now, List<Shift> coming) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View schedules() {
    Instant now = clock.instant();
    List<ScheduleView> views = new ArrayList<>();
    for (OnCallSchedule schedule : onCall.schedules()) {
      var model = schedule.toSchedule();
      views.add(
          new ScheduleView(schedule, model.onCallAt(now), model.finalShifts(now, now.plus(AHEAD))));
    }
    return View.of("on-call")
        .with("schedules", views)
        .with("mine", onCall.shiftsOf(actor.username(), now, now.plus(AHEAD)))
        .with("now", now);
  }
}
