package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;
import static io.reveille.web.api.Roles.INCIDENT_MANAGER;
import static io.reveille.web.api.Roles.LEADERSHIP;
import static io.reveille.web.api.Roles.RESPONDER;
import static io.reveille.web.api.Roles.SUPPORT;

import io.reveille.component.Component;
import io.reveille.component.ComponentDefinition;
import io.reveille.component.ComponentGroup;
import io.reveille.component.ComponentStatus;
import io.reveille.component.Components;
import io.reveille.delivery.Channel;
import io.reveille.delivery.Delivery;
import io.reveille.escalation.EscalationLevel;
import io.reveille.escalation.EscalationPolicies;
import io.reveille.escalation.EscalationPolicy;
import io.reveille.escalation.PolicyDefinition;
import io.reveille.escalation.Target;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.incident.Visibility;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Escalation policies, components, an incident's escalation and its acknowledgement. */
@Path("/api/v1")
@RequestScoped
@Transactional // entities are turned into JSON or pages while their lazy parts can load
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationResource {
  @Inject EscalationPolicies policies;
  @Inject Components components;
  @Inject IdentityService identities;
  @Inject Actor actor;

  /**
   * Whom a level pages: a SCHEDULE or a TEAM_CHAT by its id, a PERSON by username (the name the API
   * knows people by everywhere; people have no id in it).
   */
  public record TargetJson(String kind, Long id, String username, String description) {}

  /** One level: targets, channels (chat, sms, voice, email), the wait as ISO-8601 (PT5M). */
  public record LevelJson(List<TargetJson> targets, List<String> channels, String waitBeforeNext) {}

  /** A policy as read and written. */
  public record PolicyJson(
      Long id,
      String name,
      Integer repeatCount,
      Boolean isDefault,
      List<LevelJson> levels,
      Long version) {}

  /**
   * A component: the policy that pages for it, and where and how the status page shows it. The
   * status is read here and set through {@code PUT components/{id}/status} or status updates.
   */
  public record ComponentJson(
      Long id,
      String name,
      String description,
      Long escalationPolicyId,
      Long groupId,
      Integer position,
      String visibility,
      Boolean shownOnlyWhenDegraded,
      String status) {}

  /** A heading on the status page that components sit under. */
  public record ComponentGroupJson(Long id, String name, String description, Integer position) {}

  /** A component's new status, with Statuspage's codes. */
  public record ComponentStatusJson(String status) {}

  /** An incident's escalation and every delivery it made. */
  public record EscalationJson(
      String incident,
      String state,
      String stateLabel,
      String policy,
      String urgencyReason,
      int level,
      int round,
      String acknowledgedBy,
      Instant acknowledgedAt,
      List<DeliveryJson> deliveries) {}

  /** One message to one recipient on one channel, and how its sending went. */
  public record DeliveryJson(
      Long id,
      String incident,
      String channel,
      String purpose,
      String recipient,
      String headline,
      String state,
      int attempts,
      String outcome,
      String providerReference,
      Instant createdAt,
      Instant sentAt) {
    static DeliveryJson of(Delivery d) {
      return new DeliveryJson(
          d.id(),
          d.incident().toString(),
          d.channel().name(),
          d.purpose().name(),
          d.recipient(),
          d.headline(),
          d.state().name(),
          d.attempts(),
          d.outcome(),
          d.providerReference(),
          d.createdAt(),
          d.sentAt());
    }
  }

  // --- policies

  @GET
  @Path("escalation-policies")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP})
  public List<PolicyJson> policies() {
    return policies.all().stream().map(this::json).toList();
  }

  @POST
  @Path("escalation-policies")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response createPolicy(PolicyJson request) {
    EscalationPolicy created =
        policies.create(
            actor,
            definition(request),
            request != null && Boolean.TRUE.equals(request.isDefault()));
    return Response.status(Response.Status.CREATED).entity(json(created)).build();
  }

  @PUT
  @Path("escalation-policies/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public PolicyJson changePolicy(@PathParam("id") long id, PolicyJson request) {
    return json(
        policies.change(
            actor,
            id,
            definition(request),
            request != null && Boolean.TRUE.equals(request.isDefault()),
            request == null ? null : request.version()));
  }

  private PolicyDefinition definition(PolicyJson request) {
    if (request == null) {
      throw new InvalidInputException("name", "Send the policy: a name, levels, a repeat count.");
    }
    List<PolicyDefinition.Level> levels = new ArrayList<>();
    List<LevelJson> given = request.levels() == null ? List.of() : request.levels();
    for (int i = 0; i < given.size(); i++) {
      LevelJson level = given.get(i);
      if (level == null) {
        levels.add(null);
        continue;
      }
      String at = "levels/" + i + "/";
      List<Target> targets = new ArrayList<>();
      for (TargetJson t : level.targets() == null ? List.<TargetJson>of() : level.targets()) {
        if (t == null) {
          throw new InvalidInputException(at + "targets", "A target is empty; remove it.");
        }
        Target.Kind kind =
            Inputs.require(Target.Kind.class, t.kind(), at + "targets", "Say what the target is.");
        targets.add(target(kind, t, at + "targets"));
      }
      Set<Channel> channels = EnumSet.noneOf(Channel.class);
      for (String c : level.channels() == null ? List.<String>of() : level.channels()) {
        channels.add(Inputs.require(Channel.class, c, at + "channels", "Name the channel."));
      }
      levels.add(
          new PolicyDefinition.Level(
              targets, channels, Inputs.duration(level.waitBeforeNext(), at + "waitBeforeNext")));
    }
    return new PolicyDefinition(
        request.name(), request.repeatCount() == null ? 1 : request.repeatCount(), levels);
  }

  private Target target(Target.Kind kind, TargetJson t, String field) {
    if (kind == Target.Kind.PERSON) {
      if (t.username() == null || t.username().isBlank()) {
        throw new InvalidInputException(field, "Give the username of the person to page.");
      }
      Person person =
          identities
              .find(t.username().strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field, "There is no person called '" + t.username() + "'."));
      return new Target(kind, person.id());
    }
    if (t.id() == null) {
      throw new InvalidInputException(
          field, "Give the id of the " + (kind == Target.Kind.SCHEDULE ? "schedule." : "team."));
    }
    return new Target(kind, t.id());
  }

  private PolicyJson json(EscalationPolicy p) {
    List<LevelJson> levels = new ArrayList<>();
    for (EscalationLevel level : p.levels()) {
      levels.add(
          new LevelJson(
              level.targets().stream().map(this::json).toList(),
              level.channels().stream().map(Enum::name).sorted().toList(),
              level.waitBeforeNext().toString()));
    }
    return new PolicyJson(p.id(), p.name(), p.repeatCount(), p.isDefault(), levels, p.version());
  }

  private TargetJson json(Target t) {
    return t.kind() == Target.Kind.PERSON
        ? new TargetJson(
            t.kind().name(), null, policies.username(t).orElse(null), policies.describe(t))
        : new TargetJson(t.kind().name(), t.refId(), null, policies.describe(t));
  }

  // --- components

  @GET
  @Path("components")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<ComponentJson> components() {
    return components.all().stream().map(EscalationResource::json).toList();
  }

  @POST
  @Path("components")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response createComponent(ComponentJson request) {
    Component created = components.create(actor, definition(request));
    return Response.status(Response.Status.CREATED).entity(json(created)).build();
  }

  @PUT
  @Path("components/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public ComponentJson changeComponent(@PathParam("id") long id, ComponentJson request) {
    return json(components.change(actor, id, definition(request)));
  }

  /** Sets a component's status by hand, outside any incident (kept in its history). */
  @PUT
  @Path("components/{id}/status")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER})
  public ComponentJson setComponentStatus(@PathParam("id") long id, ComponentStatusJson request) {
    components.setStatus(
        actor,
        id,
        Inputs.parse(ComponentStatus.class, request == null ? null : request.status(), "status"));
    return json(components.get(id));
  }

  @GET
  @Path("component-groups")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER, RESPONDER, LEADERSHIP, SUPPORT})
  public List<ComponentGroupJson> componentGroups() {
    return components.groups().stream().map(EscalationResource::json).toList();
  }

  @POST
  @Path("component-groups")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public Response createComponentGroup(ComponentGroupJson request) {
    ComponentGroupJson r =
        request == null ? new ComponentGroupJson(null, null, null, null) : request;
    ComponentGroup created =
        components.createGroup(
            actor, r.name(), r.description(), r.position() == null ? 0 : r.position());
    return Response.status(Response.Status.CREATED).entity(json(created)).build();
  }

  @PUT
  @Path("component-groups/{id}")
  @RolesAllowed({ADMIN, INCIDENT_MANAGER})
  public ComponentGroupJson changeComponentGroup(
      @PathParam("id") long id, ComponentGroupJson request) {
    ComponentGroupJson r =
        request == null ? new ComponentGroupJson(null, null, null, null) : request;
    return json(
        components.changeGroup(
            actor, id, r.name(), r.description(), r.position() == null ? 0 : r.position()));
  }

  /** Absent placement fields mean a public component in no group, at the top. */
  private static ComponentDefinition definition(ComponentJson request) {
    ComponentJson r =
        request == null
            ? new ComponentJson(null, null, null, null, null, null, null, null, null)
            : request;
    Visibility visibility = Inputs.parse(Visibility.class, r.visibility(), "visibility");
    return new ComponentDefinition(
        r.name(),
        r.description(),
        r.groupId(),
        r.position() == null ? 0 : r.position(),
        visibility == null ? Visibility.PUBLIC : visibility,
        Boolean.TRUE.equals(r.shownOnlyWhenDegraded()),
        r.escalationPolicyId());
  }

  private static ComponentGroupJson json(ComponentGroup g) {
    return new ComponentGroupJson(g.id(), g.name(), g.description(), g.position());
  }

  private static ComponentJson json(Component c) {
    return new ComponentJson(
        c.id(),
        c.name(),
        c.description(),
        c.escalationPolicy().map(EscalationPolicy::id).orElse(null),
        c.group().map(ComponentGroup::id).orElse(null),
        c.position(),
        c.visibility().name(),
        c.shownOnlyWhenDegraded(),
        c.status().code());
  }
}
