package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.RESPONDER;

import io.reveille.composer.FilledTemplate;
import io.reveille.composer.MessageTemplate;
import io.reveille.composer.MessageTemplates;
import io.reveille.composer.TemplateDraft;
import io.reveille.composer.TemplateKind;
import io.reveille.incident.IncidentNumber;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.util.List;

/** The update templates: read by whoever writes updates, kept by admins. */
@Path("/api/v1/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {
  @Inject MessageTemplates templates;
  @Inject Actor actor;

  public record TemplateJson(
      Long id, String kind, String name, String title, String body, int position, long version) {
    static TemplateJson of(MessageTemplate t) {
      return new TemplateJson(
          t.id(), t.kind().name(), t.name(), t.title(), t.body(), t.position(), t.version());
    }
  }

  public record TemplateRequest(
      String kind, String name, String title, String body, Integer position) {}

  /** A template filled in for one incident: the start of an update. */
  public record FilledTemplateJson(
      Long templateId, String name, String status, String title, String message) {
    static FilledTemplateJson of(FilledTemplate f) {
      return new FilledTemplateJson(
          f.templateId(),
          f.name(),
          f.status() == null ? null : f.status().name(),
          f.title(),
          f.message());
    }
  }

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public List<TemplateJson> list() {
    return templates.all().stream().map(TemplateJson::of).toList();
  }

  @GET
  @Path("{id}/filled")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public FilledTemplateJson filled(
      @PathParam("id") long id,
      @QueryParam("incident") String incident,
      @QueryParam("nextUpdateAt") String nextUpdateAt) {
    if (incident == null || incident.isBlank()) {
      throw new InvalidInputException(
          "incident", "Name the incident to fill the template in for, such as INC-42.");
    }
    return FilledTemplateJson.of(
        templates.fill(
            id,
            IncidentNumber.parse(incident),
            nextUpdateAt == null ? null : Inputs.instant(nextUpdateAt, "nextUpdateAt")));
  }

  @POST
  @RolesAllowed(ADMIN)
  public Response create(TemplateRequest request) {
    MessageTemplate created = templates.create(actor, draft(request));
    return Response.created(URI.create("/api/v1/templates/" + created.id()))
        .entity(TemplateJson.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(ADMIN)
  public TemplateJson change(@PathParam("id") long id, TemplateRequest request) {
    return TemplateJson.of(templates.change(actor, id, draft(request)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(ADMIN)
  public Response delete(@PathParam("id") long id) {
    templates.delete(actor, id);
    return Response.noContent().build();
  }

  private static TemplateDraft draft(TemplateRequest request) {
    TemplateRequest r =
        request == null ? new TemplateRequest(null, null, null, null, null) : request;
    return new TemplateDraft(
        Inputs.parse(TemplateKind.class, r.kind(), "kind"),
        r.name(),
        r.title(),
        r.body(),
        r.position() == null ? 0 : r.position());
  }
}
