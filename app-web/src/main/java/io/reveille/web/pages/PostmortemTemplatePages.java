package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.postmortem.PostmortemTemplate;
import io.reveille.postmortem.TemplateSection;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The administrator's postmortem template: rename sections, change prompts, reorder them (by the
 * position numbers, so it works without JavaScript), drop some, add new ones.
 */
@Path("/admin/postmortem-template")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PostmortemTemplatePages {
  @Inject PostmortemTemplate template;
  @Inject Actor actor;

  /** A row of the form. */
  public record Row(String key, String title, String prompt, int position, boolean builtIn) {}

  @GET
  @RolesAllowed({ADMIN})
  public View show() {
    return view(rows(template.sections()), Map.of());
  }

  @POST
  @RolesAllowed({ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@Context HttpServletRequest request) {
    MultivaluedMap<String, String> form = PostmortemPages.formOf(request);
    if ("reset".equals(form.getFirst("intent"))) {
      template.reset(actor);
      return Response.seeOther(URI.create("/admin/postmortem-template")).build();
    }
    List<String> keys = form.getOrDefault("key", List.of());
    List<String> titles = form.getOrDefault("title", List.of());
    List<String> prompts = form.getOrDefault("prompt", List.of());
    List<String> positions = form.getOrDefault("position", List.of());
    List<String> removed = form.getOrDefault("remove", List.of());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      String key = i < keys.size() ? keys.get(i) : "";
      String title = titles.get(i);
      if ((key == null || key.isBlank()) && (title == null || title.isBlank())) {
        continue; // a spare row left empty
      }
      if (key != null && !key.isBlank() && removed.contains(key)) {
        continue;
      }
      int position;
      try {
        position = Integer.parseInt(i < positions.size() ? positions.get(i).strip() : "");
      } catch (NumberFormatException e) {
        position = 1000 + i;
      }
      rows.add(new Row(key, title, i < prompts.size() ? prompts.get(i) : "", position, false));
    }
    rows.sort(Comparator.comparingInt(Row::position));
    try {
      template.replace(
          actor,
          rows.stream().map(r -> new TemplateSection(r.key(), r.title(), r.prompt())).toList());
      return Response.seeOther(URI.create("/admin/postmortem-template")).build();
    } catch (DomainException e) {
      Map<String, String> errors = FormErrors.of(e);
      if (e instanceof InvalidInputException) {
        errors.put("form", e.getMessage());
      }
      return Response.status(400).entity(view(rows, errors)).build();
    }
  }

  private static List<Row> rows(List<TemplateSection> sections) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      TemplateSection s = sections.get(i);
      rows.add(new Row(s.key(), s.title(), s.prompt(), (i + 1) * 10, s.isBuiltIn()));
    }
    return rows;
  }

  private View view(List<Row> rows, Map<String, String> errors) {
    return View.of("postmortem-template").with("rows", rows).with("errors", errors);
  }
}
