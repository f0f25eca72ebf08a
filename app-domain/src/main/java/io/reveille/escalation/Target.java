package io.reveille.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Whom one escalation level pages. */
@Embeddable
public class Target {
  /** What {@link #refId} points at. */
  public enum Kind {
    /** Whoever the schedule has on call at the moment of the page. */
    SCHEDULE,
    /** One person, always. */
    PERSON,
    /** A team's chat channel, mentioning the team's on-call people. */
    TEAM_CHAT
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "ref_id", nullable = false)
  private long refId;

  protected Target() {}

  public Target(Kind kind, long refId) {
    this.kind = kind;
    this.refId = refId;
  }

  public Kind kind() {
    return kind;
  }

  public long refId() {
    return refId;
  }
}
