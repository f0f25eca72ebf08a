package io.reveille.component;

import io.reveille.escalation.EscalationPolicy;
import io.reveille.identity.Role;
import io.reveille.incident.Visibility;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.StatusPageChanged;
import io.reveille.shared.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the components: where they sit on the status page, which escalation policy each names, and
 * their status with its history.
 */
@ApplicationScoped
@Transactional
public class Components {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<StatusPageChanged> statusPageChanged;
  @Inject Event<ComponentRenamed> renamed;

  /** Every component, in status-page order: by group, then position, then name. */
  public List<Component> all() {
    return em.createQuery(
            // Hibernate refuses an alias on a fetch join; the groups load in one batch instead.
            "select c from Component c left join c.group g"
                + " order by coalesce(g.position, -1), g.name, c.position, c.name",
            Component.class)
        .getResultList();
  }

  public List<ComponentGroup> groups() {
    return em.createQuery(
            "select g from ComponentGroup g order by g.position, g.name", ComponentGroup.class)
        .getResultList();
  }

  public Component get(long id) {
    Component component = em.find(Component.class, id);
    if (component == null) {
      throw new NotFoundException("There is no component " + id + ".");
    }
    return component;
  }

  /**
   * The components called {@code names}, in that order, without repeats.
   *
   * @throws InvalidInputException naming {@code field} if any name is unknown
   */
  public List<Component> named(List<String> names, String field) {
    if (names.isEmpty()) {
      return List.of();
    }
    Map<String, Component> byName = new LinkedHashMap<>();
    for (Component c :
        em.createQuery("select c from Component c where c.name in :names", Component.class)
            .setParameter("names", names.stream().map(String::strip).toList())
            .getResultList()) {
      byName.put(c.name(), c);
    }
    List<Component> found = new ArrayList<>();
    for (String name : names) {
      Component component = byName.get(name.strip());
      if (component == null) {
        throw new InvalidInputException(field, "There is no component called \"" + name + "\".");
      }
      if (!found.contains(component)) {
        found.add(component);
      }
    }
    return found;
  }

  /** A public component in no group; what the escalation setup needs. */
  public Component create(Actor actor, String name, String description, Long policyId) {
    return create(actor, ComponentDefinition.simple(name, description, policyId));
  }

  public Component create(Actor actor, ComponentDefinition definition) {
    actor.require("change components", Role.INCIDENT_MANAGER);
    check(definition, null);
    Component component =
        new Component(
            definition,
            policy(definition.escalationPolicyId()),
            group(definition.groupId()),
            clock.instant());
    em.persist(component);
    statusPageChanged.fire(new StatusPageChanged());
    return component;
  }

  /** Renames a component or changes its policy, keeping where it sits on the status page. */
  public Component change(Actor actor, long id, String name, String description, Long policyId) {
    Component existing = get(id);
    return change(
        actor,
        id,
        new ComponentDefinition(
            name,
            description,
            existing.group().map(ComponentGroup::id).orElse(null),
            existing.position(),
            existing.visibility(),
            existing.shownOnlyWhenDegraded(),
            policyId));
  }

  public Component change(Actor actor, long id, ComponentDefinition definition) {
    actor.require("change components", Role.INCIDENT_MANAGER);
    Component component = get(id);
    check(definition, component);
    String name = component.name();
    Visibility visibility = component.visibility();
    component.change(
        definition, policy(definition.escalationPolicyId()), group(definition.groupId()));
    statusPageChanged.fire(new StatusPageChanged());
    if (!component.name().equals(name) || component.visibility() != visibility) {
      renamed.fire(new ComponentRenamed(id));
    }
    return component;
  }

  public ComponentGroup createGroup(Actor actor, String name, String description, int position) {
    actor.require("change components", Role.INCIDENT_MANAGER);
    checkGroup(name, description, null);
    ComponentGroup group =
        new ComponentGroup(name.strip(), description == null ? "" : description.strip(), position);
    em.persist(group);
    statusPageChanged.fire(new StatusPageChanged());
    return group;
  }

  public ComponentGroup changeGroup(
      Actor actor, long id, String name, String description, int position) {
    actor.require("change components", Role.INCIDENT_MANAGER);
    ComponentGroup group = em.find(ComponentGroup.class, id);
    if (group == null) {
      throw new NotFoundException("There is no component group " + id + ".");
    }
    checkGroup(name, description, group);
    group.change(name.strip(), description == null ? "" : description.strip(), position);
    statusPageChanged.fire(new StatusPageChanged());
    return group;
  }

  /** Sets a component's status by hand, outside any incident or maintenance. */
  public Optional<ComponentStatusChange> setStatus(Actor actor, long id, ComponentStatus status) {
    actor.require("change component statuses", Role.INCIDENT_MANAGER, Role.RESPONDER);
    if (status == null) {
      throw new InvalidInputException("status", "Choose the component's status.");
    }
    return changeStatus(get(id), status, StatusCause.byHand(actor.username()));
  }

  /**
   * Sets a component's status for an incident's update or a maintenance window, recording the
   * change; the caller checked who may.
   */
  public Optional<ComponentStatusChange> changeStatus(
      Component component, ComponentStatus status, StatusCause cause) {
    Optional<ComponentStatusChange> change = component.changeStatus(status, clock.instant(), cause);
    change.ifPresent(
        c -> {
          em.persist(c);
          statusPageChanged.fire(new StatusPageChanged());
        });
    return change;
  }

  /**
   * The status changes of the given components since {@code from}, oldest first, together with the
   * last change before it (so the status at {@code from} is known).
   */
  public List<ComponentStatusChange> history(List<Long> componentIds, Instant from) {
    if (componentIds.isEmpty()) {
      return List.of();
    }
    List<ComponentStatusChange> changes = new ArrayList<>();
    changes.addAll(
        em.createQuery(
                "select h from ComponentStatusChange h where h.componentId in :ids"
                    + " and h.changedAt = (select max(p.changedAt) from ComponentStatusChange p"
                    + " where p.componentId = h.componentId and p.changedAt < :from)",
                ComponentStatusChange.class)
            .setParameter("ids", componentIds)
            .setParameter("from", from)
            .getResultList());
    changes.addAll(
        em.createQuery(
                "select h from ComponentStatusChange h where h.componentId in :ids"
                    + " and h.changedAt >= :from order by h.changedAt, h.id",
                ComponentStatusChange.class)
            .setParameter("ids", componentIds)
            .setParameter("from", from)
            .getResultList());
    return changes;
  }

  private void check(ComponentDefinition definition, Component existing) {
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(
        errors, "name", definition.name(), 2, 100, "Name the component, such as \"Payments API\".");
    if (definition.description() != null && definition.description().length() > 1000) {
      errors.add(new FieldError("description", "Keep the description under 1,000 characters."));
    }
    if (definition.visibility() == null) {
      errors.add(
          new FieldError("visibility", "Choose whether customers see the component (public)."));
    }
    if (definition.position() < 0 || definition.position() > 10_000) {
      errors.add(new FieldError("position", "Give a position from 0 to 10,000."));
    }
    if (errors.isEmpty()) {
      em.createQuery("select c from Component c where c.name = :name", Component.class)
          .setParameter("name", definition.name().strip())
          .getResultStream()
          .filter(c -> c != existing)
          .findFirst()
          .ifPresent(
              c ->
                  errors.add(
                      new FieldError(
                          "name", "A component is already called \"" + c.name() + "\".")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void checkGroup(String name, String description, ComponentGroup existing) {
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(errors, "name", name, 2, 100, "Name the group, such as \"Core platform\".");
    if (description != null && description.length() > 1000) {
      errors.add(new FieldError("description", "Keep the description under 1,000 characters."));
    }
    if (errors.isEmpty()) {
      em.createQuery("select g from ComponentGroup g where g.name = :name", ComponentGroup.class)
          .setParameter("name", name.strip())
          .getResultStream()
          .filter(g -> g != existing)
          .findFirst()
          .ifPresent(g -> errors.add(new FieldError("name", "A group is already called that.")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private EscalationPolicy policy(Long policyId) {
    if (policyId == null) {
      return null;
    }
    EscalationPolicy policy = em.find(EscalationPolicy.class, policyId);
    if (policy == null) {
      throw new InvalidInputException(
          "escalationPolicyId", "There is no escalation policy " + policyId + ".");
    }
    return policy;
  }

  private ComponentGroup group(Long groupId) {
    if (groupId == null) {
      return null;
    }
    ComponentGroup group = em.find(ComponentGroup.class, groupId);
    if (group == null) {
      throw new InvalidInputException("groupId", "There is no component group " + groupId + ".");
    }
    return group;
  }
}
