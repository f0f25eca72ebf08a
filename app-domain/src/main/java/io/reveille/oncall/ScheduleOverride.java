package io.reveille.oncall;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a {@link ShiftOverride} is stored, with who created it and when (later ones win). */
@Entity
@Table(name = "shift_override")
public class ScheduleOverride {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "schedule_id")
  private OnCallSchedule schedule;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ScheduleOverride() {}

  ScheduleOverride(
      OnCallSchedule schedule, ShiftOverride override, String createdBy, Instant createdAt) {
    this.schedule = schedule;
    this.username = override.username();
    this.startsAt = override.from();
    this.endsAt = override.to();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public ShiftOverride toOverride() {
    return new ShiftOverride(username, startsAt, endsAt);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
