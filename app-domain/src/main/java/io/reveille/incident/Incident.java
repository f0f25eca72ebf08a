package io.reveille.incident;

import io.reveille.component.Component;
import io.reveille.severity.Severity;
import io.reveille.severity.SeverityAssessment;
import io.reveille.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An incident, the aggregate root of Reveille.
 *
 * <p>Lifecycle: declared (status Investigating, severity classified by the decision table) → status
 * updates move it through Identified and Monitoring → Resolved → its postmortem is written and
 * approved → Closed. The incident workflow drives the steps after Resolved; {@link #close} is only
 * called by it. Every change is also written to the incident's timeline by the application service.
 */
@Entity
@Table(name = "incident")
public class Incident {
  /** Also the human number (INC-42): one sequence step each, so numbers don't jump. */
  @Id
  @GeneratedValue(generator = "incident_seq")
  @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Embedded private ImpactAssessment impact;

  @Enumerated(EnumType.STRING)
  @Column(length = 4)
  private Severity severity;

  @Column(name = "severity_reason", length = 300)
  private String severityReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private IncidentStatus status;

  @Column(name = "declared_by", nullable = false, length = 64)
  private String declaredBy;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  @Column(name = "identified_at")
  private Instant identifiedAt;

  @Column(name = "monitoring_at")
  private Instant monitoringAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /**
   * The title customers read; set with the first public update, until then the incident is
   * internal.
   */
  @Column(name = "public_title", length = 200)
  private String publicTitle;

  @OneToMany(mappedBy = "incident")
  @OrderBy("postedAt DESC, id DESC")
  private List<StatusUpdate> updates = new ArrayList<>();

  @OneToMany(mappedBy = "incident")
  @OrderBy("assumedAt ASC, id ASC")
  private List<RoleAssignment> roleAssignments = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "incident_component",
      joinColumns = @JoinColumn(name = "incident_id"),
      inverseJoinColumns = @JoinColumn(name = "component_id"))
  @OrderColumn(name = "position")
  private List<Component> components = new ArrayList<>();

  @Version private long version;

  protected Incident() {}

  Incident(
      String title,
      String summary,
      ImpactAssessment impact,
      String declaredBy,
      Instant declaredAt) {
    this.title = title;
    this.summary = summary;
    this.impact = impact;
    // The severity stays empty until the workflow classifies it, in the same transaction.
    this.status = IncidentStatus.INVESTIGATING;
    this.declaredBy = declaredBy;
    this.declaredAt = declaredAt;
  }

  /** Applies a status update's status, stamping the first time each status is reached. */
  StatusUpdate postUpdate(
      IncidentStatus newStatus, Visibility visibility, String message, String author, Instant at) {
    if (!status.canBeUpdatedTo(newStatus)) {
      throw new RuleViolationException(
          "status",
          number()
              + " is "
              + status.label().toLowerCase()
              + "; an update cannot set it to "
              + newStatus.label().toLowerCase()
              + ".");
    }
    status = newStatus;
    switch (newStatus) {
      case IDENTIFIED -> identifiedAt = identifiedAt == null ? at : identifiedAt;
      case MONITORING -> monitoringAt = monitoringAt == null ? at : monitoringAt;
      case RESOLVED -> resolvedAt = at;
      default -> {}
    }
    StatusUpdate update = new StatusUpdate(this, newStatus, visibility, message, author, at);
    updates.add(0, update);
    return update;
  }

  void publishAs(String title) {
    this.publicTitle = title;
  }

  /** Adds components to those the incident is about, keeping the order they were named in. */
  void affectToo(Component component) {
    if (!components.contains(component)) {
      components.add(component);
    }
  }

  void reassess(ImpactAssessment newImpact) {
    if (!status.isOpen()) {
      throw new RuleViolationException(
          "impact", number() + " is " + status.label().toLowerCase() + "; it can't be reassessed.");
    }
    this.impact = newImpact;
  }

  /** Records the severity the decision table chose. */
  void classify(SeverityAssessment assessment) {
    this.severity = assessment.severity();
    this.severityReason = assessment.reason();
  }

  /** Closes the incident; called by the workflow once leadership approved the postmortem. */
  void close(Instant at) {
    if (status != IncidentStatus.RESOLVED) {
      throw new RuleViolationException(
          "status", number() + " must be resolved before it can be closed.");
    }
    status = IncidentStatus.CLOSED;
    closedAt = at;
  }

  RoleAssignment assign(IncidentRole role, String username, String assignedBy, Instant at) {
    if (status == IncidentStatus.CLOSED) {
      throw new RuleViolationException("role", number() + " is closed.");
    }
    currentHolder(role).ifPresent(current -> current.relinquish(at));
    RoleAssignment assignment = new RoleAssignment(this, role, username, assignedBy, at);
    roleAssignments.add(assignment);
    return assignment;
  }

  public Optional<RoleAssignment> currentHolder(IncidentRole role) {
    return roleAssignments.stream()
        .filter(a -> a.role() == role && a.isCurrent())
        .reduce((first, second) -> second);
  }

  /** The username of the role's current holder, or null. */
  public String holderOf(IncidentRole role) {
    return currentHolder(role).map(RoleAssignment::username).orElse(null);
  }

  public boolean isHeldBy(IncidentRole role, String username) {
    return currentHolder(role).map(a -> a.username().equals(username)).orElse(false);
  }

  public IncidentNumber number() {
    return new IncidentNumber(id);
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public ImpactAssessment impact() {
    return impact;
  }

  public Severity severity() {
    return severity;
  }

  public String severityReason() {
    return severityReason;
  }

  public IncidentStatus status() {
    return status;
  }

  public String declaredBy() {
    return declaredBy;
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  public Instant identifiedAt() {
    return identifiedAt;
  }

  public Instant monitoringAt() {
    return monitoringAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Optional<String> publicTitle() {
    return Optional.ofNullable(publicTitle);
  }

  /** Whether customers know of it: it has had a public update. */
  public boolean isPublic() {
    return publicTitle != null;
  }

  /** Its public updates, newest first. */
  public List<StatusUpdate> publicUpdates() {
    return updates.stream().filter(u -> u.visibility() == Visibility.PUBLIC).toList();
  }

  /** Newest first. */
  /** The components affected, the first named first; it decides the escalation policy. */
  public List<Component> components() {
    return List.copyOf(components);
  }

  void affect(List<Component> affected) {
    components.clear();
    components.addAll(affected);
  }

  public List<StatusUpdate> updates() {
    return Collections.unmodifiableList(updates);
  }

  public List<RoleAssignment> roleAssignments() {
    return Collections.unmodifiableList(roleAssignments);
  }

  public long version() {
    return version;
  }
}
