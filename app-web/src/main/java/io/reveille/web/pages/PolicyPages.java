package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;

import io.reveille.component.Component;
import io.reveille.component.Components;
import io.reveille.delivery.Channel;
import io.reveille.escalation.EscalationLevel;
import io.reveille.escalation.EscalationPolicies;
import io.reveille.escalation.EscalationPolicy;
import io.reveille.escalation.PolicyDefinition;
import io.reveille.identity.IdentityService;
import io.reveille.oncall.OnCallService;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Escalation policies (ordered levels: whom to page, how, how long to wait) and which policy pages
 * for each component. "Add a level" grows the form without JavaScript; a ticked "remove" drops one.
 *
 * <p>Each change builds its page before changing anything: a refused change leaves the transaction
 * able only to roll back, so the page shown with the refusal is read first.
 */
@Path("/admin/policies")
@RequestScoped
@Transactional // the page is built from entities while their lazy parts can load
@Produces(MediaType.TEXT_HTML)
public class PolicyPages {
  @Inject EscalationPolicies policies;
  @Inject Components components;
  @Inject OnCallService onCall;
  @Inject IdentityService identities;
  @Inject Actor actor;
  @Context HttpServletRequest request;

  /** A policy in the list, each level in words. */
  public record PolicyRow(
      long id, String name, boolean isDefault, int repeatCount, List<String> levels) {}

  /** A component and the id of its policy ("" for the default). */
  public record ComponentRow(long id, String name, String description, String policyId) {}

  /** Something to tick or pick: the value sent and the words shown. */
  public record Choice(String value, String label) {}

  /** The new component form as typed. */
  public record ComponentForm(String name, String description, String escalationPolicyId) {
    public ComponentForm {
      name = name == null ? "" : name;
      description = description == null ? "" : description;
      escalationPolicyId = escalationPolicyId == null ? "" : escalationPolicyId;
    }
  }

  @GET
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View list(@QueryParam("saved") String saved) {
    return listView(new ComponentForm("", "", "")).with("saved", saved != null);
  }

  @GET
  @Path("new")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View newPolicy() {
    return formView(PolicyForm.blank(), null);
  }

  @POST
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create() {
    return save(null);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public View edit(@PathParam("id") long id, @QueryParam("saved") String saved) {
    return formView(PolicyForm.of(policies.get(id)), id).with("saved", saved != null);
  }

  @POST
  @Path("{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id) {
    policies.get(id); // a policy removed meanwhile is a 404, not a refused form
    return save(id);
  }

  private Response save(Long id) {
    PostedForm posted = PostedForm.of(request);
    PolicyForm typed = PolicyForm.read(posted);
    if (posted.has("addLevel")) {
      return Response.ok(formView(typed.withLevelAdded(), id)).build();
    }
    View refused = formView(typed, id);
    try {
      PolicyDefinition definition = typed.definition();
      EscalationPolicy saved =
          id == null
              ? policies.create(actor, definition, typed.isDefault())
              : policies.change(actor, id, definition, typed.isDefault(), typed.loadedVersion());
      return Response.seeOther(URI.create("/admin/policies/" + saved.id() + "?saved")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(refused.with("errors", FieldErrors.of(e))).build();
    }
  }

  @POST
  @Path("components")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createComponent(
      @FormParam("name") String name,
      @FormParam("description") String description,
      @FormParam("escalationPolicyId") String policyId) {
    ComponentForm typed = new ComponentForm(name, description, policyId);
    View refused = listView(typed);
    try {
      components.create(actor, name, description, policyOf(policyId));
      return Response.seeOther(URI.create("/admin/policies?saved#components")).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(refused.with("errors", FieldErrors.of(e).under("components/new/")))
          .build();
    }
  }

  /** Names the policy that pages for the component; none means the default policy. */
  @POST
  @Path("components/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response assign(
      @PathParam("id") long id, @FormParam("escalationPolicyId") String policyId) {
    Component component = components.get(id);
    View refused = listView(new ComponentForm("", "", ""));
    try {
      components.change(actor, id, component.name(), component.description(), policyOf(policyId));
      return Response.seeOther(URI.create("/admin/policies?saved#component-" + id)).build();
    } catch (DomainException e) {
      return Response.status(400)
          .entity(refused.with("errors", FieldErrors.of(e).under("components/" + id + "/")))
          .build();
    }
  }

  private View listView(ComponentForm typed) {
    List<PolicyRow> rows = new ArrayList<>();
    for (EscalationPolicy p : policies.all()) {
      List<String> levels = new ArrayList<>();
      for (EscalationLevel level : p.levels()) {
        levels.add(describe(level));
      }
      rows.add(new PolicyRow(p.id(), p.name(), p.isDefault(), p.repeatCount(), levels));
    }
    List<ComponentRow> componentRows =
        components.all().stream()
            .map(
                c ->
                    new ComponentRow(
                        c.id(),
                        c.name(),
                        c.description(),
                        c.escalationPolicy().map(p -> String.valueOf(p.id())).orElse("")))
            .toList();
    return View.of("admin-policies")
        .with("policies", rows)
        .with("components", componentRows)
        .with("policyChoices", policyChoices())
        .with("newComponent", typed)
        .with("errors", FieldErrors.none())
        .with("saved", false);
  }

  private View formView(PolicyForm form, Long id) {
    return View.of("admin-policy")
        .with("id", id)
        .with("form", form)
        .with(
            "schedules",
            onCall.schedules().stream()
                .map(s -> new Choice("SCHEDULE:" + s.id(), s.name()))
                .toList())
        .with(
            "teams",
            onCall.teams().stream()
                .map(
                    t ->
                        new Choice(
                            "TEAM_CHAT:" + t.id(),
                            t.name() + (t.chat().isPresent() ? "" : " (no chat connected)")))
                .toList())
        .with(
            "people",
            identities.everyone().stream()
                .map(
                    p ->
                        new Choice("PERSON:" + p.id(), p.displayName() + " (" + p.username() + ")"))
                .toList())
        .with(
            "channels",
            List.of(Channel.values()).stream().map(c -> new Choice(c.name(), c.label())).toList())
        .with("units", List.of(PolicyForm.WaitUnit.values()))
        .with("errors", FieldErrors.none())
        .with("saved", false);
  }

  private List<Choice> policyChoices() {
    return policies.all().stream()
        .map(
            p -> new Choice(String.valueOf(p.id()), p.name() + (p.isDefault() ? " (default)" : "")))
        .toList();
  }

  /** "On call for Platform primary by chat, text message; then 5 min". */
  private String describe(EscalationLevel level) {
    return level.targets().stream().map(policies::describe).collect(Collectors.joining(", "))
        + " by "
        + level.channels().stream().sorted().map(Channel::label).collect(Collectors.joining(", "))
        + "; waits "
        + words(level.waitBeforeNext());
  }

  private static String words(Duration wait) {
    if (wait.toSeconds() % 3600 == 0) {
      return wait.toHours() + " h";
    }
    if (wait.toSeconds() % 60 == 0) {
      return wait.toMinutes() + " min";
    }
    return wait.toSeconds() + " s";
  }

  private static Long policyOf(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("escalationPolicyId", "Choose one of the policies.");
    }
  }
}
