package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.composer.MessageTemplate;
import io.reveille.composer.MessageTemplates;
import io.reveille.composer.Placeholder;
import io.reveille.composer.TemplateDraft;
import io.reveille.composer.TemplateKind;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.web.api.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Admins keep the wording of customer updates: one form per template, and a new one. */
@Path("/admin/templates")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class TemplatePages {
  @Inject MessageTemplates templates;
  @Inject Actor actor;

  @GET
  @RolesAllowed(ADMIN)
  public View list(@QueryParam("saved") String saved) {
    return view(Map.of(), Map.of(), null).with("saved", saved);
  }

  @POST
  @RolesAllowed(ADMIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @FormParam("kind") String kind,
      @FormParam("name") String name,
      @FormParam("title") String title,
      @FormParam("body") String body,
      @FormParam("position") String position) {
    Map<String, Object> typed = typed(kind, name, title, body, position);
    try {
      MessageTemplate created = templates.create(actor, draft(kind, name, title, body, position));
      return saved(created);
    } catch (DomainException e) {
      return Response.status(400).entity(view(FormErrors.of(e), typed, null)).build();
    }
  }

  @POST
  @Path("{id}")
  @RolesAllowed(ADMIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @PathParam("id") long id,
      @FormParam("kind") String kind,
      @FormParam("name") String name,
      @FormParam("title") String title,
      @FormParam("body") String body,
      @FormParam("position") String position,
      @FormParam("delete") String delete) {
    try {
      if (delete != null) {
        templates.delete(actor, id);
        return Response.seeOther(URI.create("/admin/templates?saved=deleted")).build();
      }
      return saved(templates.change(actor, id, draft(kind, name, title, body, position)));
    } catch (DomainException e) {
      return Response.status(400)
          .entity(view(FormErrors.of(e), typed(kind, name, title, body, position), id))
          .build();
    }
  }

  private static Response saved(MessageTemplate template) {
    return Response.seeOther(
            URI.create("/admin/templates?saved=" + template.id() + "#t" + template.id()))
        .build();
  }

  private static TemplateDraft draft(
      String kind, String name, String title, String body, String position) {
    return new TemplateDraft(
        Inputs.parse(TemplateKind.class, kind, "kind"), name, title, body, number(position));
  }

  private static int number(String position) {
    try {
      return position == null || position.isBlank() ? 0 : Integer.parseInt(position.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Map<String, Object> typed(
      String kind, String name, String title, String body, String position) {
    Map<String, Object> typed = new HashMap<>();
    typed.put("kind", kind == null ? "" : kind);
    typed.put("name", name == null ? "" : name);
    typed.put("title", title == null ? "" : title);
    typed.put("body", body == null ? "" : body);
    typed.put("position", position == null ? "" : position);
    return typed;
  }

  /**
   * @param failedId the template whose form was refused (its fields show what was typed), or null
   *     for the new-template form
   */
  private View view(Map<String, String> errors, Map<String, Object> typed, Long failedId) {
    return View.of("admin-templates")
        .with("templates", templates.all())
        .with("kinds", TemplateKind.values())
        .with("placeholders", Placeholder.values())
        .with("errors", errors)
        .with("typed", typed)
        .with("failedId", failedId);
  }
}
