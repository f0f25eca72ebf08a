package io.reveille.component;

/**
 * How a component is doing, as customers read it. The codes are Statuspage's, so widgets and
 * clients written for Statuspage read Reveille's JSON unchanged.
 */
public enum ComponentStatus {
  OPERATIONAL("operational", "Operational", 0),
  UNDER_MAINTENANCE("under_maintenance", "Under maintenance", 1),
  DEGRADED_PERFORMANCE("degraded_performance", "Degraded performance", 2),
  PARTIAL_OUTAGE("partial_outage", "Partial outage", 3),
  MAJOR_OUTAGE("major_outage", "Major outage", 4);

  private final String code;
  private final String label;
  private final int weight;

  ComponentStatus(String code, String label, int weight) {
    this.code = code;
    this.label = label;
    this.weight = weight;
  }

  /** Statuspage's name for the status. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean isWorseThan(ComponentStatus other) {
    return weight > other.weight;
  }

  public boolean isDegraded() {
    return this != OPERATIONAL;
  }

  /**
   * How much of the time spent in this status counts as downtime, as Statuspage counts it: a major
   * outage fully, a partial outage 30 %, degraded performance and maintenance not at all.
   */
  public double downtimeWeight() {
    return switch (this) {
      case MAJOR_OUTAGE -> 1.0;
      case PARTIAL_OUTAGE -> 0.3;
      default -> 0.0;
    };
  }

  /** The status named by its Statuspage code or its Java name, or null if none is. */
  public static ComponentStatus fromCode(String text) {
    if (text == null) {
      return null;
    }
    String wanted = text.strip();
    for (ComponentStatus status : values()) {
      if (status.code.equalsIgnoreCase(wanted) || status.name().equalsIgnoreCase(wanted)) {
        return status;
      }
    }
    return null;
  }
}
