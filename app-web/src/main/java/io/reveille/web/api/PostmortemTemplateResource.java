package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.postmortem.PostmortemTemplate;
import io.reveille.postmortem.TemplateSection;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The template postmortems are written to: sections, their titles and prompts, their order. */
@Path("/api/v1/postmortem-template")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostmortemTemplateResource {
  @Inject PostmortemTemplate template;
  @Inject Actor actor;

  /** The template: its sections in order. */
  public record TemplateJson(List<TemplateSection> sections) {}

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public TemplateJson read() {
    return new TemplateJson(template.sections());
  }

  @PUT
  @RolesAllowed({ADMIN})
  public TemplateJson replace(TemplateJson request) {
    if (request == null || request.sections() == null) {
      throw new InvalidInputException("sections", "Send the template's sections.");
    }
    return new TemplateJson(template.replace(actor, request.sections()));
  }
}
