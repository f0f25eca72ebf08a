package io.reveille.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** How much of the time a component should be up, as promised to customers or to ourselves. */
@Entity
@Table(name = "component_uptime_target")
public class UptimeTarget {
  @Id
  @Column(name = "component_id")
  private Long componentId;

  @Column(name = "target_percent", nullable = false, precision = 6, scale = 3)
  private BigDecimal targetPercent;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected UptimeTarget() {}

  UptimeTarget(Long componentId) {
    this.componentId = componentId;
  }

  void set(BigDecimal percent, String by, Instant at) {
    this.targetPercent = percent;
    this.changedBy = by;
    this.changedAt = at;
  }

  public Long componentId() {
    return componentId;
  }

  public BigDecimal targetPercent() {
    return targetPercent;
  }
}
