package io.reveille.web.feeds;

import io.reveille.identity.CalendarFeeds;
import io.reveille.identity.Person;
import io.reveille.oncall.OnCallService;
import io.reveille.shared.NotFoundException;
import io.reveille.web.api.OnCallResource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The secret calendar addresses calendar apps subscribe to: they can't sign in, so the token in the
 * path stands for the person it was made for (see {@link CalendarFeeds}). A token that is not
 * someone's current one finds nothing, whatever was wrong with it.
 */
@Path("/calendar")
@RequestScoped
@Produces(OnCallResource.ICALENDAR)
public class CalendarFeedResource {
  @Inject CalendarFeeds feeds;
  @Inject OnCallService onCall;

  @GET
  @Path("{token}.ics")
  @PermitAll
  public Response myShifts(@PathParam("token") String token) {
    Person person = holder(token);
    return OnCallResource.calendar(
        onCall.calendarOf(person.username()), "shifts-" + person.username());
  }

  @GET
  @Path("{token}/schedules/{id}.ics")
  @PermitAll
  public Response schedule(@PathParam("token") String token, @PathParam("id") long id) {
    holder(token);
    return OnCallResource.calendar(onCall.scheduleCalendar(id), "schedule-" + id);
  }

  private Person holder(String token) {
    return feeds
        .holder(token)
        .orElseThrow(() -> new NotFoundException("There is no calendar at this address."));
  }
}
