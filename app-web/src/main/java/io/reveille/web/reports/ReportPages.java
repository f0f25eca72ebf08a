package io.reveille.web.reports;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.incident.IncidentNumber;
import io.reveille.report.Reports;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.OrganisationZone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The internal reports, each as a page and as a PDF from the same template: the postmortem (for the
 * people who work incidents and leadership) and the monthly reliability report (leadership).
 */
@Path("/reports")
@RequestScoped
public class ReportPages {
  @Inject Reports reports;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId zone;

  @GET
  @Path("incidents/{number}/postmortem")
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public Response postmortemPage(@PathParam("number") String number) {
    return ReportResponses.page(postmortemXhtml(number, false));
  }

  @GET
  @Path("incidents/{number}/postmortem.pdf")
  @Produces("application/pdf")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public Response postmortemPdf(@PathParam("number") String number) {
    IncidentNumber incident = IncidentNumber.parse(number);
    return ReportResponses.pdf(
        () -> postmortemXhtml(number, true), "postmortem-" + incident + ".pdf", false);
  }

  @GET
  @Path("monthly")
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({ADMIN, LEADERSHIP})
  public Response thisMonth() {
    return Response.seeOther(
            URI.create("/reports/monthly/" + YearMonth.from(clock.instant().atZone(zone))))
        .build();
  }

  @GET
  @Path("monthly/{month: [^/.]+}")
  @Produces(MediaType.TEXT_HTML)
  @RolesAllowed({ADMIN, LEADERSHIP})
  public Response monthlyPage(@PathParam("month") String month) {
    return ReportResponses.page(monthlyXhtml(month, false));
  }

  @GET
  @Path("monthly/{month: [^/.]+}.pdf")
  @Produces("application/pdf")
  @RolesAllowed({ADMIN, LEADERSHIP})
  public Response monthlyPdf(@PathParam("month") String month) {
    return ReportResponses.pdf(
        () -> monthlyXhtml(month, true), "reliability-" + month(month) + ".pdf", false);
  }

  private String postmortemXhtml(String number, boolean print) {
    return ReportTemplates.render(
        "postmortem",
        Map.of("d", reports.postmortem(IncidentNumber.parse(number))),
        new ReportText(zone),
        print);
  }

  private String monthlyXhtml(String month, boolean print) {
    return ReportTemplates.render(
        "monthly", Map.of("m", reports.monthly(month(month))), new ReportText(zone), print);
  }

  static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "Give the month as YYYY-MM, such as 2026-11.");
    }
  }
}
