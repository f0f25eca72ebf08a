package io.reveille.postmortem;

import io.reveille.timeline.TimelineEntryKind;
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
import java.time.Instant;

/**
 * One line of the postmortem's timeline. Copied from the incident's own timeline when the draft
 * starts (so the writer begins from every event, not a blank page) and then edited and annotated;
 * the incident's timeline itself is never changed by the postmortem.
 */
@Entity
@Table(name = "postmortem_timeline_entry")
public class PostmortemTimelineEntry {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "postmortem_id")
  private Postmortem postmortem;

  /** The incident timeline entry it was copied from; null for a line the writer added. */
  @Column(name = "source_id")
  private Long sourceId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private TimelineEntryKind kind;

  @Column(length = 64)
  private String actor;

  @Column(name = "entry_text", nullable = false, length = 2000)
  private String text;

  @Column(nullable = false, length = 2000)
  private String annotation = "";

  protected PostmortemTimelineEntry() {}

  PostmortemTimelineEntry(
      Postmortem postmortem,
      Long sourceId,
      Instant occurredAt,
      TimelineEntryKind kind,
      String actor,
      String text) {
    this.postmortem = postmortem;
    this.sourceId = sourceId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.actor = actor;
    this.text = text;
  }

  void edit(Instant occurredAt, String text, String annotation) {
    this.occurredAt = occurredAt;
    this.text = text;
    this.annotation = annotation;
  }

  public Long id() {
    return id;
  }

  public Long sourceId() {
    return sourceId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  /** The kind of event; {@code null} never: added lines are {@link TimelineEntryKind#NOTE}. */
  public TimelineEntryKind kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public String text() {
    return text;
  }

  /** The writer's remark on this moment ("the alert fired but went to an old channel"). */
  public String annotation() {
    return annotation;
  }
}
