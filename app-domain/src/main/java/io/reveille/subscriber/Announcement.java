package io.reveille.subscriber;

import io.reveille.shared.PublicAnnouncement;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A public update or maintenance notice to be told to subscribers, and to how many it was. Written
 * in the transaction that decided it; its outbox rows are written after that commits, in chunks of
 * subscribers (see {@link Fanout}).
 */
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

  @ElementCollection
  @CollectionTable(
      name = "announcement_component",
      joinColumns = @JoinColumn(name = "announcement_id"))
  @Column(name = "component_id")
  private Set<Long> componentIds = new HashSet<>();

  @Column(name = "subscribers_through", nullable = false)
  private long subscribersThrough;

  @Column(name = "expanded_through", nullable = false)
  private long expandedThrough;

  @Column(name = "expanded_at")
  private Instant expandedAt;

  protected Announcement() {}

  /**
   * @param subscribersThrough the highest subscriber id now; 0 when nobody has subscribed, and then
   *     there is nothing to write
   */
  Announcement(PublicAnnouncement announced, Instant at, long subscribersThrough) {
    this.kind = announced.kind();
    this.incidentId = announced.incidentId();
    this.statusUpdateId = announced.statusUpdateId();
    this.maintenanceId = announced.maintenanceId();
    this.maintenanceUpdateId = announced.maintenanceUpdateId();
    this.announcedAt = at;
    this.componentIds.addAll(announced.componentIds());
    this.subscribersThrough = subscribersThrough;
    this.expandedAt = subscribersThrough == 0 ? at : null;
  }

  /** Outbox rows now exist for subscribers up to {@code through}: {@code count} more of them. */
  void expandedThrough(long through, int count, Instant at) {
    expandedThrough = through;
    recipients += count;
    if (through >= subscribersThrough) {
      expandedAt = at;
    }
  }

  Set<Long> componentIds() {
    return Collections.unmodifiableSet(componentIds);
  }

  long subscribersThrough() {
    return subscribersThrough;
  }

  long expandedThrough() {
    return expandedThrough;
  }

  boolean isExpanded() {
    return expandedAt != null;
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
