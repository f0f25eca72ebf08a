package io.reveille.timeline;

import io.reveille.incident.Visibility;
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
 * One event in an incident's history. Every flow writes one; the incident room, the postmortem's
 * timeline and the reports are built from these entries.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private TimelineEntryKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Visibility visibility;

  @Column(length = 64)
  private String actor;

  @Column(nullable = false, length = 2000)
  private String summary;

  protected TimelineEntry() {}

  TimelineEntry(
      Long incidentId,
      Instant occurredAt,
      TimelineEntryKind kind,
      Visibility visibility,
      String actor,
      String summary) {
    this.incidentId = incidentId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.visibility = visibility;
    this.actor = actor;
    this.summary = summary;
  }

  public Long id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public TimelineEntryKind kind() {
    return kind;
  }

  public Visibility visibility() {
    return visibility;
  }

  public String actor() {
    return actor;
  }

  public String summary() {
    return summary;
  }
}
