package io.reveille.workflow;

import io.reveille.incident.IncidentNumber;
import java.time.Instant;
import java.util.List;

/** A step the procedure is waiting for: who should do it, by when. */
public record WorkItem(
    IncidentNumber incident,
    GuidedStep step,
    String assignee,
    List<String> candidateRoles,
    Instant createdAt,
    Instant dueAt) {

  public boolean isOverdue(Instant now) {
    return dueAt != null && now.isAfter(dueAt);
  }
}
