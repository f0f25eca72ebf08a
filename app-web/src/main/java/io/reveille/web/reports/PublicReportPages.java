package io.reveille.web.reports;

import io.reveille.incident.IncidentNumber;
import io.reveille.report.PublicIncidentReport;
import io.reveille.report.Reports;
import io.reveille.shared.Actor;
import io.reveille.shared.OrganisationZone;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.Map;

/**
 * The public incident report, beside the incident's status page. Anyone may read it once the
 * incident is on the status page; before that it is a preview for signed-in staff, and to everyone
 * else it does not exist ({@link Reports#publicReport}).
 */
// "/status" like StatusPageResource, whose incident page this sits beside: RESTEasy merges the two.
@Path("/status")
@RequestScoped
public class PublicReportPages {
  @Inject Reports reports;
  @Inject Actor actor;
  @Inject @OrganisationZone ZoneId zone;

  @GET
  @Path("incidents/{number}/report")
  @Produces(MediaType.TEXT_HTML)
  @PermitAll
  public Response page(@PathParam("number") String number) {
    return ReportResponses.page(xhtml(report(number), false));
  }

  @GET
  @Path("incidents/{number}/report.pdf")
  @Produces("application/pdf")
  @PermitAll
  public Response pdf(@PathParam("number") String number) {
    PublicIncidentReport report = report(number);
    return ReportResponses.pdf(
        () -> xhtml(report, true),
        "incident-report-" + report.number() + ".pdf",
        report.published());
  }

  private PublicIncidentReport report(String number) {
    return reports.publicReport(IncidentNumber.parse(number), actor);
  }

  private String xhtml(PublicIncidentReport report, boolean print) {
    return ReportTemplates.render(
        "public-incident", Map.of("r", report), new ReportText(zone), print);
  }
}
