package io.reveille.statuspage;

import io.reveille.component.ComponentStatus;
import io.reveille.severity.Severity;

/**
 * How bad things are, in Statuspage's words: the page's overall indicator and an incident's impact
 * share these codes, so clients written for Statuspage read them unchanged. Declared from least to
 * most serious; maintenance is planned, so it ranks below any outage.
 */
public enum Indicator {
  NONE("none", "All Systems Operational"),
  MAINTENANCE("maintenance", "Service Under Maintenance"),
  MINOR("minor", "Minor Service Outage"),
  MAJOR("major", "Partial System Outage"),
  CRITICAL("critical", "Major System Outage");

  private final String code;
  private final String description;

  Indicator(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** Statuspage's name: none, maintenance, minor, major or critical. */
  public String code() {
    return code;
  }

  /** The banner customers read when this is the page's overall indicator. */
  public String description() {
    return description;
  }

  public boolean isWorseThan(Indicator other) {
    return ordinal() > other.ordinal();
  }

  public Indicator orWorse(Indicator other) {
    return other.isWorseThan(this) ? other : this;
  }

  /** What one component's status says about the whole page. */
  public static Indicator of(ComponentStatus status) {
    return switch (status) {
      case OPERATIONAL -> NONE;
      case UNDER_MAINTENANCE -> MAINTENANCE;
      case DEGRADED_PERFORMANCE -> MINOR;
      case PARTIAL_OUTAGE -> MAJOR;
      case MAJOR_OUTAGE -> CRITICAL;
    };
  }

  /**
   * An incident's impact as customers read it: SEV1 critical, SEV2 major, SEV3 minor; none while
   * the severity is not yet classified.
   */
  public static Indicator impactOf(Severity severity) {
    if (severity == null) {
      return NONE;
    }
    return switch (severity) {
      case SEV1 -> CRITICAL;
      case SEV2 -> MAJOR;
      case SEV3 -> MINOR;
    };
  }
}
