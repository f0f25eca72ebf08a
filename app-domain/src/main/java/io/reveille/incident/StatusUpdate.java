package io.reveille.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A message about an incident, public (for customers) or internal (for the team only). */
@Entity
@Table(name = "status_update")
public class StatusUpdate {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private IncidentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Visibility visibility;

  @Column(nullable = false, length = 5000)
  private String message;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  /** When the team promised the next update; public updates state it, the cadence reminds it. */
  @Column(name = "next_update_at")
  private Instant nextUpdateAt;

  @ElementCollection
  @CollectionTable(
      name = "status_update_component",
      joinColumns = @JoinColumn(name = "status_update_id"))
  @OrderColumn(name = "position")
  private List<AffectedComponent> componentChanges = new ArrayList<>();

  protected StatusUpdate() {}

  StatusUpdate(
      Incident incident,
      IncidentStatus status,
      Visibility visibility,
      String message,
      String author,
      Instant postedAt) {
    this.incident = incident;
    this.status = status;
    this.visibility = visibility;
    this.message = message;
    this.author = author;
    this.postedAt = postedAt;
  }

  void promiseNextUpdateAt(Instant at) {
    this.nextUpdateAt = at;
  }

  void recordComponentChange(AffectedComponent change) {
    componentChanges.add(change);
  }

  public Long id() {
    return id;
  }

  public IncidentStatus status() {
    return status;
  }

  public Visibility visibility() {
    return visibility;
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

  public Optional<Instant> nextUpdateAt() {
    return Optional.ofNullable(nextUpdateAt);
  }

  public List<AffectedComponent> componentChanges() {
    return componentChanges;
  }

  public Incident incident() {
    return incident;
  }
}
