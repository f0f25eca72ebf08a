package io.reveille.subscriber;

import io.reveille.shared.PublicAnnouncement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public update or maintenance notice as it was fanned out, and to how many subscribers. */
@Entity
@Table(name = "announcement")
public class Announcement {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PublicAnnouncement.Kind kind;

  @Column(name = "incident_id")
  private Long incidentId;

  @Column(name = "status_update_id")
  private Long statusUpdateId;

  @Column(name = "maintenance_id")
  private Long maintenanceId;

  @Column(name = "maintenance_update_id")
  private Long maintenanceUpdateId;

  @Column(name = "announced_at", nullable = false)
  private Instant announcedAt;

  @Column(nullable = false)
  private int recipients;

  protected Announcement() {}

  Announcement(PublicAnnouncement announced, Instant at) {
    this.kind = announced.kind();
    this.incidentId = announced.incidentId();
    this.statusUpdateId = announced.statusUpdateId();
    this.maintenanceId = announced.maintenanceId();
    this.maintenanceUpdateId = announced.maintenanceUpdateId();
    this.announcedAt = at;
  }

  void toldTo(int count) {
    recipients = count;
  }

  public Long id() {
    return id;
  }

  public PublicAnnouncement.Kind kind() {
    return kind;
  }

  public Long incidentId() {
    return incidentId;
  }

  public Long statusUpdateId() {
    return statusUpdateId;
  }

  public Long maintenanceId() {
    return maintenanceId;
  }

  public Long maintenanceUpdateId() {
    return maintenanceUpdateId;
  }

  public Instant announcedAt() {
    return announcedAt;
  }

  public int recipients() {
    return recipients;
  }
}
