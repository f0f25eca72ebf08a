package io.reveille.web.api;

import io.reveille.component.Component;
import io.reveille.incident.AffectedComponent;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.RoleAssignment;
import io.reveille.incident.StatusUpdate;
import io.reveille.shared.Actor;
import io.reveille.timeline.TimelineEntry;
import io.reveille.workflow.WorkItem;
import java.time.Instant;
import java.util.List;

/** An incident as the API shows it. */
public record IncidentJson(
    String number,
    String title,
    String summary,
    String severity,
    String severityReason,
    String status,
    ImpactJson impact,
    List<String> components,
    String declaredBy,
    Instant declaredAt,
    Instant identifiedAt,
    Instant monitoringAt,
    Instant resolvedAt,
    Instant closedAt,
    String commander,
    long version) {

  public static IncidentJson of(Incident i) {
    return new IncidentJson(
        i.number().toString(),
        i.title(),
        i.summary(),
        i.severity().name(),
        i.severityReason(),
        i.status().name(),
        ImpactJson.of(i.impact()),
        i.components().stream().map(Component::name).toList(),
        i.declaredBy(),
        i.declaredAt(),
        i.identifiedAt(),
        i.monitoringAt(),
        i.resolvedAt(),
        i.closedAt(),
        i.currentHolder(IncidentRole.COMMANDER).map(RoleAssignment::username).orElse(null),
        i.version());
  }

  /** The incident with what happened and what the procedure expects next. */
  public record Detail(
      IncidentJson incident,
      List<UpdateJson> updates,
      List<RoleJson> roles,
      List<TimelineJson> timeline,
      List<WorkItemJson> nextSteps) {

    public static Detail of(
        Incident incident, List<TimelineEntry> timeline, List<WorkItem> work, Actor viewer) {
      return new Detail(
          IncidentJson.of(incident),
          incident.updates().stream()
              .filter(u -> u.visibility().isVisibleTo(viewer))
              .map(UpdateJson::of)
              .toList(),
          incident.roleAssignments().stream().map(RoleJson::of).toList(),
          timeline.stream()
              .filter(e -> e.visibility().isVisibleTo(viewer))
              .map(TimelineJson::of)
              .toList(),
          work.stream().map(WorkItemJson::of).toList());
    }
  }

  /** A status update. */
  public record UpdateJson(
      Long id,
      String status,
      String visibility,
      String message,
      String author,
      Instant postedAt,
      Instant nextUpdateAt,
      List<ComponentChangeJson> components) {
    public static UpdateJson of(StatusUpdate u) {
      return new UpdateJson(
          u.id(),
          u.status().name(),
          u.visibility().name(),
          u.message(),
          u.author(),
          u.postedAt(),
          u.nextUpdateAt().orElse(null),
          u.componentChanges().stream().map(ComponentChangeJson::of).toList());
    }
  }

  /** A component status an update set, with Statuspage's status codes. */
  public record ComponentChangeJson(String component, String previous, String status) {
    static ComponentChangeJson of(AffectedComponent c) {
      return new ComponentChangeJson(c.component().name(), c.previous().code(), c.status().code());
    }
  }

  /** Who held an incident role, and when. */
  public record RoleJson(
      String role, String username, String assignedBy, Instant assumedAt, Instant relinquishedAt) {
    public static RoleJson of(RoleAssignment a) {
      return new RoleJson(
          a.role().name(), a.username(), a.assignedBy(), a.assumedAt(), a.relinquishedAt());
    }
  }

  /** One timeline entry. */
  public record TimelineJson(
      Instant occurredAt, String kind, String visibility, String actor, String summary) {
    public static TimelineJson of(TimelineEntry e) {
      return new TimelineJson(
          e.occurredAt(), e.kind().name(), e.visibility().name(), e.actor(), e.summary());
    }
  }

  /** A step the procedure waits for. */
  public record WorkItemJson(
      String incident,
      String step,
      String title,
      String assignee,
      List<String> candidateRoles,
      Instant dueAt) {
    public static WorkItemJson of(WorkItem w) {
      return new WorkItemJson(
          w.incident().toString(),
          w.step().name(),
          w.step().title(),
          w.assignee(),
          w.candidateRoles(),
          w.dueAt());
    }
  }
}
