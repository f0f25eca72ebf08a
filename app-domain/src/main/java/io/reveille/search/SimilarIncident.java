package io.reveille.search;

import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.severity.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A past incident like the one at hand, with what its postmortem committed to: the first thing a
 * responder wants is how it was fixed last time. {@code actionItems} is empty for viewers who may
 * not read postmortems.
 */
public record SimilarIncident(
    IncidentNumber number,
    String title,
    Severity severity,
    IncidentStatus status,
    Instant declaredAt,
    boolean hasPostmortem,
    List<ActionItemLine> actionItems) {

  /** One action item of its postmortem. */
  public record ActionItemLine(String description, String owner, LocalDate dueDate, String state) {}
}
