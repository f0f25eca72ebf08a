package io.reveille.maintenance;

import io.reveille.component.Component;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Planned work customers are told about in advance: which components, from when to when. Its states
 * are driven by its own process model ({@code maintenance.bpmn}) on timers.
 */
@Entity
@Table(name = "maintenance")
public class MaintenanceWindow {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 5000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MaintenanceState state;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "remind_before_minutes", nullable = false)
  private int remindBeforeMinutes;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @ManyToMany
  @JoinTable(
      name = "maintenance_component",
      joinColumns = @JoinColumn(name = "maintenance_id"),
      inverseJoinColumns = @JoinColumn(name = "component_id"))
  @OrderColumn(name = "position")
  private List<Component> components = new ArrayList<>();

  @OneToMany(mappedBy = "maintenance")
  @OrderBy("postedAt DESC, id DESC")
  private List<MaintenanceUpdate> updates = new ArrayList<>();

  @Version private long version;

  protected MaintenanceWindow() {}

  public MaintenanceWindow(
      String title,
      String description,
      Instant startsAt,
      Instant endsAt,
      Duration remindBefore,
      List<Component> components,
      String createdBy,
      Instant createdAt) {
    this.title = title;
    this.description = description;
    this.state = MaintenanceState.SCHEDULED;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.remindBeforeMinutes = (int) remindBefore.toMinutes();
    this.components.addAll(components);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public MaintenanceState state() {
    return state;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Duration remindBefore() {
    return Duration.ofMinutes(remindBeforeMinutes);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public List<Component> components() {
    return Collections.unmodifiableList(components);
  }

  /** Its notices, newest first. */
  public List<MaintenanceUpdate> updates() {
    return Collections.unmodifiableList(updates);
  }

  public long version() {
    return version;
  }

  /** Whether it is under way now: started and not yet completed. */
  public boolean isActive() {
    return state == MaintenanceState.IN_PROGRESS || state == MaintenanceState.VERIFYING;
  }

  public boolean isUpcoming() {
    return state == MaintenanceState.SCHEDULED;
  }

  /**
   * When subscribers are reminded: {@link #remindBefore()} ahead of the start, unless there is no
   * reminder or its time has already passed at {@code now} (a window planned at short notice).
   */
  public Optional<Instant> reminderTime(Instant now) {
    if (remindBeforeMinutes <= 0) {
      return Optional.empty();
    }
    Instant remindAt = startsAt.minus(remindBefore());
    return remindAt.isAfter(now) ? Optional.of(remindAt) : Optional.empty();
  }

  // State changes: called by the maintenance service as its process model moves.

  public void reschedule(Instant newStart, Instant newEnd) {
    this.startsAt = newStart;
    this.endsAt = newEnd;
  }

  public void change(String title, String description, List<Component> components) {
    this.title = title;
    this.description = description;
    this.components.clear();
    this.components.addAll(components);
  }

  public void moveTo(MaintenanceState next, Instant at) {
    this.state = next;
    if (next == MaintenanceState.IN_PROGRESS && startedAt == null) {
      startedAt = at;
    }
    if (next.isOver()) {
      completedAt = at;
    }
  }

  void addUpdate(MaintenanceUpdate update) {
    updates.add(0, update);
  }
}
