package io.reveille.escalation;

import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.Team;
import io.reveille.shared.Actor;
import io.reveille.shared.ConcurrentChangeException;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps escalation policies, and which one is the default. */
@ApplicationScoped
@Transactional
public class EscalationPolicies {
  @PersistenceContext EntityManager em;
  @Inject IdentityService identities;

  public List<EscalationPolicy> all() {
    return em.createQuery(
            "select p from EscalationPolicy p order by p.name", EscalationPolicy.class)
        .getResultList();
  }

  public EscalationPolicy get(long id) {
    EscalationPolicy policy = em.find(EscalationPolicy.class, id);
    if (policy == null) {
      throw new NotFoundException("There is no escalation policy " + id + ".");
    }
    return policy;
  }

  public Optional<EscalationPolicy> defaultPolicy() {
    return em.createQuery(
            "select p from EscalationPolicy p where p.isDefault = true", EscalationPolicy.class)
        .getResultStream()
        .findFirst();
  }

  public EscalationPolicy create(Actor actor, PolicyDefinition definition, boolean makeDefault) {
    actor.require("change escalation policies", Role.INCIDENT_MANAGER);
    check(definition, null);
    EscalationPolicy policy = new EscalationPolicy(definition);
    em.persist(policy);
    if (makeDefault) {
      makeDefault(policy);
    }
    return policy;
  }

  public EscalationPolicy change(
      Actor actor,
      long id,
      PolicyDefinition definition,
      boolean makeDefault,
      Long expectedVersion) {
    actor.require("change escalation policies", Role.INCIDENT_MANAGER);
    EscalationPolicy policy = get(id);
    if (expectedVersion != null && expectedVersion != policy.version()) {
      throw new ConcurrentChangeException(
          "Someone changed " + policy.name() + " since you loaded it; reload and try again.");
    }
    check(definition, policy);
    policy.define(definition);
    // The levels are rows of their own: replacing them leaves the policy's row as it was, so its
    // version must be raised explicitly for the next stale edit to be noticed.
    em.lock(policy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (makeDefault) {
      makeDefault(policy);
    } else {
      policy.makeDefault(false);
    }
    return policy;
  }

  private void makeDefault(EscalationPolicy policy) {
    for (EscalationPolicy other : all()) {
      other.makeDefault(other == policy);
    }
  }

  /** What a target points at, in words, for pages and timelines. */
  public String describe(Target target) {
    return switch (target.kind()) {
      case SCHEDULE -> {
        OnCallSchedule s = em.find(OnCallSchedule.class, target.refId());
        yield s == null ? "a removed schedule" : "on call for " + s.name();
      }
      case PERSON -> {
        Person p = em.find(Person.class, target.refId());
        yield p == null ? "a removed person" : p.displayName();
      }
      case TEAM_CHAT -> {
        Team t = em.find(Team.class, target.refId());
        yield t == null ? "a removed team" : t.name() + " chat";
      }
    };
  }

  /** The username of the person a PERSON target pages; empty for other targets. */
  public Optional<String> username(Target target) {
    if (target.kind() != Target.Kind.PERSON) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Person.class, target.refId())).map(Person::username);
  }

  private void check(PolicyDefinition definition, EscalationPolicy existing) {
    List<FieldError> errors = new ArrayList<>(definition.problems());
    for (int i = 0; i < definition.levels().size(); i++) {
      PolicyDefinition.Level level = definition.levels().get(i);
      if (level == null) {
        continue;
      }
      for (Target target : level.targets()) {
        Class<?> type =
            switch (target.kind()) {
              case SCHEDULE -> OnCallSchedule.class;
              case PERSON -> Person.class;
              case TEAM_CHAT -> Team.class;
            };
        if (em.find(type, target.refId()) == null) {
          errors.add(
              new FieldError(
                  "levels/" + i + "/targets",
                  "Level "
                      + (i + 1)
                      + " names a "
                      + target.kind().name().toLowerCase().replace('_', ' ')
                      + " that does not exist ("
                      + target.refId()
                      + ")."));
        }
      }
    }
    if (definition.name() != null) {
      em.createQuery(
              "select p from EscalationPolicy p where p.name = :name", EscalationPolicy.class)
          .setParameter("name", definition.name())
          .getResultStream()
          .filter(p -> p != existing)
          .findFirst()
          .ifPresent(p -> errors.add(new FieldError("name", "That policy already exists.")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
