package io.reveille.oncall;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** How a {@link Layer} is stored: one row, its participants and its windows in order. */
@Entity
@Table(name = "schedule_layer")
class ScheduleLayer {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "schedule_id")
  private OnCallSchedule schedule;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "turn_unit", nullable = false, length = 8)
  private TurnLength.Unit turnUnit;

  @Column(name = "turn_amount", nullable = false)
  private int turnAmount;

  @Column(name = "handoff_time", nullable = false)
  private LocalTime handoffTime;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "layer_participant", joinColumns = @JoinColumn(name = "layer_id"))
  @OrderColumn(name = "position")
  @Column(name = "username", nullable = false, length = 64)
  private List<String> participants = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "layer_restriction", joinColumns = @JoinColumn(name = "layer_id"))
  @OrderColumn(name = "position")
  private List<Window> windows = new ArrayList<>();

  protected ScheduleLayer() {}

  ScheduleLayer(OnCallSchedule schedule, int position, Layer layer) {
    this.schedule = schedule;
    this.position = position;
    this.name = layer.name();
    Rotation rotation = layer.rotation();
    this.turnUnit = rotation.turnLength().unit();
    this.turnAmount = rotation.turnLength().amount();
    this.handoffTime = rotation.handoffTime();
    this.timeZone = rotation.zone().getId();
    this.startDate = rotation.startDate();
    this.participants = new ArrayList<>(rotation.participants());
    this.windows = new ArrayList<>(layer.restrictions().stream().map(Window::of).toList());
  }

  Layer toLayer() {
    Rotation rotation =
        new Rotation(
            participants,
            new TurnLength(turnUnit, turnAmount),
            handoffTime,
            ZoneId.of(timeZone),
            startDate);
    return new Layer(name, rotation, windows.stream().map(Window::toRestriction).toList());
  }

  /** A {@link Restriction}: daily when the days are null, weekly otherwise. */
  @Embeddable
  static class Window {
    @Enumerated(EnumType.STRING)
    @Column(name = "start_day", length = 9)
    private DayOfWeek startDay;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_day", length = 9)
    private DayOfWeek endDay;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected Window() {}

    private Window(DayOfWeek startDay, LocalTime startTime, DayOfWeek endDay, LocalTime endTime) {
      this.startDay = startDay;
      this.startTime = startTime;
      this.endDay = endDay;
      this.endTime = endTime;
    }

    static Window of(Restriction restriction) {
      if (restriction instanceof Restriction.Daily daily) {
        return new Window(null, daily.start(), null, daily.end());
      }
      Restriction.Weekly weekly = (Restriction.Weekly) restriction;
      return new Window(weekly.startDay(), weekly.startTime(), weekly.endDay(), weekly.endTime());
    }

    Restriction toRestriction() {
      return startDay == null
          ? Restriction.daily(startTime, endTime)
          : Restriction.weekly(startDay, startTime, endDay, endTime);
    }
  }
}
