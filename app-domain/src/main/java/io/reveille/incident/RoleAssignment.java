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

/**
 * A person holding an incident role for a while. Roles change hands during long incidents, so the
 * history is kept instead of a single mutable "commander" column.
 */
@Entity
@Table(name = "incident_role_assignment")
public class RoleAssignment {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private IncidentRole role;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "assigned_by", nullable = false, length = 64)
  private String assignedBy;

  @Column(name = "assumed_at", nullable = false)
  private Instant assumedAt;

  @Column(name = "relinquished_at")
  private Instant relinquishedAt;

  protected RoleAssignment() {}

  RoleAssignment(
      Incident incident, IncidentRole role, String username, String assignedBy, Instant at) {
    this.incident = incident;
    this.role = role;
    this.username = username;
    this.assignedBy = assignedBy;
    this.assumedAt = at;
  }

  void relinquish(Instant at) {
    relinquishedAt = at;
  }

  public boolean isCurrent() {
    return relinquishedAt == null;
  }

  public IncidentRole role() {
    return role;
  }

  public String username() {
    return username;
  }

  public String assignedBy() {
    return assignedBy;
  }

  public Instant assumedAt() {
    return assumedAt;
  }

  public Instant relinquishedAt() {
    return relinquishedAt;
  }
}
