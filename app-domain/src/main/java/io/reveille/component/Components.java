package io.reveille.component;

import io.reveille.escalation.EscalationPolicy;
import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps the list of components and which escalation policy each names. */
@ApplicationScoped
@Transactional
public class Components {
  @PersistenceContext EntityManager em;

  public List<Component> all() {
    return em.createQuery("select c from Component c order by c.name", Component.class)
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

  public Component create(Actor actor, String name, String description, Long policyId) {
    actor.require("change components", Role.INCIDENT_MANAGER);
    check(name, description, null);
    Component component = new Component(name.strip(), describe(description), policy(policyId));
    em.persist(component);
    return component;
  }

  public Component change(Actor actor, long id, String name, String description, Long policyId) {
    actor.require("change components", Role.INCIDENT_MANAGER);
    Component component = get(id);
    check(name, description, component);
    component.change(name.strip(), describe(description), policy(policyId));
    return component;
  }

  private void check(String name, String description, Component existing) {
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(errors, "name", name, 2, 100, "Name the component, such as \"Payments API\".");
    if (description != null && description.length() > 1000) {
      errors.add(new FieldError("description", "Keep the description under 1,000 characters."));
    }
    if (errors.isEmpty()) {
      em.createQuery("select c from Component c where c.name = :name", Component.class)
          .setParameter("name", name.strip())
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

  private static String describe(String description) {
    return description == null ? "" : description.strip();
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
}
