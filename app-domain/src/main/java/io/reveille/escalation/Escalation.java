package io.reveille.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an incident's escalation stands, as the incident room shows it. The BPMN model owns the
 * clock; this row is the readable summary the delegates keep up to date.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

  /** What the escalation is doing. */
  public enum State {
    NO_POLICY("Nobody to page: no escalation policy applies"),
    WAITING_FOR_BUSINESS_HOURS("Posted to chat; paging waits for business hours"),
    PAGING("Paging"),
    EXHAUSTED("Nobody acknowledged; incident managers alerted"),
    ACKNOWLEDGED("Acknowledged");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "incident_id", nullable = false, unique = true)
  private Long incidentId;

  @Column(name = "policy_name", length = 100)
  private String policyName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private State state;

  @Column(name = "urgency_reason", length = 300)
  private String urgencyReason;

  @Column(name = "level_number", nullable = false)
  private int level;

  @Column(name = "round_number", nullable = false)
  private int round;

  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Version private long version;

  protected Escalation() {}

  Escalation(long incidentId, String policyName, Instant startedAt) {
    this.incidentId = incidentId;
    this.policyName = policyName;
    this.state = policyName == null ? State.NO_POLICY : State.PAGING;
    this.startedAt = startedAt;
  }

  void plan(String policyName) {
    this.policyName = policyName;
    if (state != State.ACKNOWLEDGED) {
      this.state = policyName == null ? State.NO_POLICY : State.PAGING;
    }
  }

  void waitForBusinessHours(String reason) {
    this.state = State.WAITING_FOR_BUSINESS_HOURS;
    this.urgencyReason = reason;
  }

  void paging(int level, int round, String reason) {
    this.state = State.PAGING;
    this.level = level;
    this.round = round;
    if (reason != null) {
      this.urgencyReason = reason;
    }
    this.acknowledgedBy = null;
    this.acknowledgedAt = null;
  }

  void exhausted() {
    this.state = State.EXHAUSTED;
  }

  void acknowledge(String username, Instant at) {
    this.state = State.ACKNOWLEDGED;
    this.acknowledgedBy = username;
    this.acknowledgedAt = at;
  }

  public long incidentId() {
    return incidentId;
  }

  public Optional<String> policyName() {
    return Optional.ofNullable(policyName);
  }

  public State state() {
    return state;
  }

  public String urgencyReason() {
    return urgencyReason;
  }

  /** The level paged last, counting from 1 as people do. */
  public int levelNumber() {
    return level + 1;
  }

  public int roundNumber() {
    return round + 1;
  }

  public Optional<String> acknowledgedBy() {
    return Optional.ofNullable(acknowledgedBy);
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** Whether an acknowledgement is still what the escalation waits for. */
  public boolean awaitsAcknowledgement() {
    return state == State.PAGING
        || state == State.WAITING_FOR_BUSINESS_HOURS
        || state == State.EXHAUSTED;
  }
}
