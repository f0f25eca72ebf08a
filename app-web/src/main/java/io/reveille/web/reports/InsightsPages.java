package io.reveille.web.reports;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.incident.IncidentNumber;
import io.reveille.report.Insights;
import io.reveille.report.Reports;
import io.reveille.shared.OrganisationZone;
import io.reveille.web.pages.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.ZoneId;

/** The leadership dashboard and an incident's communication report card, as pages. */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class InsightsPages {
  @Inject Reports reports;
  @Inject @OrganisationZone ZoneId zone;

  @GET
  @Path("insights")
  @RolesAllowed({ADMIN, LEADERSHIP})
  public View insights() {
    Insights insights = reports.insights();
    YearMonth last = insights.lastMonth();
    return View.of("insights")
        .with("i", insights)
        .with("chart", SeverityChart.of(insights.months()))
        .with("severities", java.util.List.of(io.reveille.severity.Severity.values()))
        .with("txt", new ReportText(zone))
        .with("thisMonth", last.toString())
        .with("lastMonth", last.minusMonths(1).toString());
  }

  @GET
  @Path("incidents/{number}/communication")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View reportCard(@PathParam("number") String number) {
    return View.of("communication")
        .with("card", reports.reportCard(IncidentNumber.parse(number)))
        .with("txt", new ReportText(zone));
  }
}
