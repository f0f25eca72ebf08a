package io.reveille.web.reports;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.LEADERSHIP;

import io.reveille.report.Insights;
import io.reveille.report.Reports;
import io.reveille.shared.OrganisationZone;
import io.reveille.web.pages.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.ZoneId;

/** The leadership dashboard. */
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
}
