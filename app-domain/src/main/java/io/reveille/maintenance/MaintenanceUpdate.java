package io.reveille.maintenance;

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

/** A notice about a maintenance window as customers read it (scheduled, started, completed...). */
@Entity
@Table(name = "maintenance_update")
public class MaintenanceUpdate {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "maintenance_id")
  private MaintenanceWindow maintenance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MaintenanceState state;

  @Column(nullable = false, length = 5000)
  private String message;

  @Column(length = 64)
  private String author;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  protected MaintenanceUpdate() {}

  /** Writes a notice and adds it to the window's updates; persist the result. */
  public static MaintenanceUpdate post(
      MaintenanceWindow maintenance, String message, String author, Instant at) {
    MaintenanceUpdate update = new MaintenanceUpdate();
    update.maintenance = maintenance;
    update.state = maintenance.state();
    update.message = message;
    update.author = author;
    update.postedAt = at;
    maintenance.addUpdate(update);
    return update;
  }

  public Long id() {
    return id;
  }

  public MaintenanceWindow maintenance() {
    return maintenance;
  }

  public MaintenanceState state() {
    return state;
  }

  public String message() {
    return message;
  }

  public String author() {
    return author;
  }

  public Instant postedAt() {
    return postedAt;
  }
}
