package io.reveille.web.reports;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.incident.IncidentNumber;
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
import java.time.ZoneId;

/**
 * An incident's communication report card, as a page. Its own root path (as the postmortem's):
 * RESTEasy matches the incident pages' {@code /incidents} first and would not look further.
 */
@Path("/incidents/{number}/communication")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class CommunicationPages {
  @Inject Reports reports;
  @Inject @OrganisationZone ZoneId zone;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public View reportCard(@PathParam("number") String number) {
    return View.of("communication")
        .with("card", reports.reportCard(IncidentNumber.parse(number)))
        .with("txt", new ReportText(zone));
  }
}
