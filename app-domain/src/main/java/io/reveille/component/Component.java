package io.reveille.component;

import io.reveille.escalation.EscalationPolicy;
import io.reveille.incident.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A service or part of the product an incident can be about, such as "Payments API". It names the
 * escalation policy that pages for incidents on it, and carries the status customers read on the
 * status page; every change of that status is kept as a {@link ComponentStatusChange}.
 */
@Entity
@Table(name = "component")
public class Component {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(nullable = false, length = 1000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "escalation_policy_id")
  private EscalationPolicy escalationPolicy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id")
  private ComponentGroup group;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ComponentStatus status = ComponentStatus.OPERATIONAL;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Visibility visibility = Visibility.PUBLIC;

  /** Statuspage's "only show if degraded": kept off the page while all is well. */
  @Column(name = "shown_only_when_degraded", nullable = false)
  private boolean shownOnlyWhenDegraded;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Component() {}

  Component(
      ComponentDefinition definition,
      EscalationPolicy escalationPolicy,
      ComponentGroup group,
      Instant createdAt) {
    change(definition, escalationPolicy, group);
    this.createdAt = createdAt;
  }

  void change(
      ComponentDefinition definition, EscalationPolicy escalationPolicy, ComponentGroup group) {
    this.name = definition.name().strip();
    this.description = definition.description() == null ? "" : definition.description().strip();
    this.position = definition.position();
    this.visibility = definition.visibility();
    this.shownOnlyWhenDegraded = definition.shownOnlyWhenDegraded();
    this.escalationPolicy = escalationPolicy;
    this.group = group;
  }

  /** Sets the status; the change to keep as history, or empty if the status was already that. */
  Optional<ComponentStatusChange> changeStatus(
      ComponentStatus newStatus, Instant at, StatusCause cause) {
    if (newStatus == status) {
      return Optional.empty();
    }
    ComponentStatusChange change = new ComponentStatusChange(id, status, newStatus, at, cause);
    status = newStatus;
    return Optional.of(change);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Optional<EscalationPolicy> escalationPolicy() {
    return Optional.ofNullable(escalationPolicy);
  }

  public Optional<ComponentGroup> group() {
    return Optional.ofNullable(group);
  }

  public int position() {
    return position;
  }

  public ComponentStatus status() {
    return status;
  }

  public Visibility visibility() {
    return visibility;
  }

  public boolean shownOnlyWhenDegraded() {
    return shownOnlyWhenDegraded;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Whether customers see it on the public status page right now. */
  public boolean isShownPublicly() {
    return visibility == Visibility.PUBLIC && (!shownOnlyWhenDegraded || status.isDegraded());
  }
}
