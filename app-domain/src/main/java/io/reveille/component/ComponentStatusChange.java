package io.reveille.component;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a component's status, kept for ever. Uptime is computed from these, so a status is
 * never changed without one.
 */
@Entity
@Table(name = "component_status_change")
public class ComponentStatusChange {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "component_id", nullable = false)
  private long componentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ComponentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ComponentStatus previous;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", length = 64)
  private String changedBy;

  @Column(name = "incident_id")
  private Long incidentId;

  @Column(name = "maintenance_id")
  private Long maintenanceId;

  protected ComponentStatusChange() {}

  ComponentStatusChange(
      long componentId,
      ComponentStatus previous,
      ComponentStatus status,
      Instant changedAt,
      StatusCause cause) {
    this.componentId = componentId;
    this.previous = previous;
    this.status = status;
    this.changedAt = changedAt;
    this.changedBy = cause.changedBy();
    this.incidentId = cause.incidentId();
    this.maintenanceId = cause.maintenanceId();
  }

  public long componentId() {
    return componentId;
  }

  public ComponentStatus status() {
    return status;
  }

  public ComponentStatus previous() {
    return previous;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Long incidentId() {
    return incidentId;
  }

  public Long maintenanceId() {
    return maintenanceId;
  }
}
