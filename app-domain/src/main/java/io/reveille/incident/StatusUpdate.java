package io.reveille.incident;

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
}
