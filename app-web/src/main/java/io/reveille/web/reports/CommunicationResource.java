package io.reveille.web.reports;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.incident.IncidentNumber;
import io.reveille.report.Reports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An incident's communication report card in the API (its own root, as the escalation's). */
@Path("/api/v1/incidents/{number}/communication")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationResource {
  @Inject Reports reports;

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public InsightsJson.ReportCardJson reportCard(@PathParam("number") String number) {
    return InsightsJson.ReportCardJson.of(reports.reportCard(IncidentNumber.parse(number)));
  }
}
