package io.reveille.report;

import io.reveille.component.Components;
import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The uptime target of each component. The default, 99.9 % ("three nines", about 43 minutes of
 * downtime a month), is set with {@code reveille.uptime.target}; a component may have its own.
 */
@ApplicationScoped
@Transactional
public class UptimeTargets {
  static final BigDecimal DEFAULT =
      Settings.get("reveille.uptime.target").map(BigDecimal::new).orElse(new BigDecimal("99.9"));

  @PersistenceContext EntityManager em;
  @Inject Components components;
  @Inject Clock clock;

  /** The target of every component that has its own; the others are held to {@link #fallback}. */
  public Map<Long, BigDecimal> all() {
    Map<Long, BigDecimal> targets = new HashMap<>();
    em.createQuery("select t from UptimeTarget t", UptimeTarget.class)
        .getResultList()
        .forEach(t -> targets.put(t.componentId(), t.targetPercent()));
    return targets;
  }

  public BigDecimal fallback() {
    return DEFAULT;
  }

  public BigDecimal of(long componentId) {
    UptimeTarget target = em.find(UptimeTarget.class, componentId);
    return target == null ? DEFAULT : target.targetPercent();
  }

  public BigDecimal set(Actor actor, long componentId, BigDecimal percent) {
    actor.require("change uptime targets", Role.INCIDENT_MANAGER);
    components.get(componentId);
    if (percent == null
        || percent.compareTo(new BigDecimal("50")) < 0
        || percent.compareTo(new BigDecimal("100")) > 0
        || percent.scale() > 3) {
      throw new InvalidInputException(
          "targetPercent", "Give a target from 50 to 100 percent, such as 99.95.");
    }
    UptimeTarget target = em.find(UptimeTarget.class, componentId);
    if (target == null) {
      target = new UptimeTarget(componentId);
      target.set(percent, actor.username(), clock.instant());
      em.persist(target);
    } else {
      target.set(percent, actor.username(), clock.instant());
    }
    return percent;
  }
}
