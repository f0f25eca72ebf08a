package io.reveille.oncall;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's on-call schedule as stored. The answers ("who is on call at T", "which shifts come up")
 * come from the pure {@link Schedule} it turns into, so they are the tested ones.
 */
@Entity
@Table(name = "oncall_schedule")
public class OnCallSchedule {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ScheduleLayer> layers = new ArrayList<>();

  @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("createdAt, id")
  private List<ScheduleOverride> overrides = new ArrayList<>();

  @Version private long version;

  protected OnCallSchedule() {}

  OnCallSchedule(Team team, Schedule definition) {
    this.team = team;
    define(definition);
  }

  /** Replaces the name, zone and layers; overrides stay. */
  void define(Schedule definition) {
    this.name = definition.name();
    this.timeZone = definition.zone().getId();
    layers.clear();
    for (int i = 0; i < definition.layers().size(); i++) {
      layers.add(new ScheduleLayer(this, i, definition.layers().get(i)));
    }
  }

  ScheduleOverride addOverride(ShiftOverride override, String createdBy, Instant createdAt) {
    ScheduleOverride stored = new ScheduleOverride(this, override, createdBy, createdAt);
    overrides.add(stored);
    return stored;
  }

  boolean removeOverride(long overrideId) {
    return overrides.removeIf(o -> o.id() == overrideId);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Team team() {
    return team;
  }

  void assignTo(Team team) {
    this.team = team;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public List<ScheduleOverride> overrides() {
    return List.copyOf(overrides);
  }

  public long version() {
    return version;
  }

  /** The pure model, ready to answer who is on call. */
  public Schedule toSchedule() {
    return new Schedule(
        name,
        zone(),
        layers.stream().map(ScheduleLayer::toLayer).toList(),
        overrides.stream().map(ScheduleOverride::toOverride).toList());
  }
}
