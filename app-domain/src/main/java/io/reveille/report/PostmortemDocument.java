package io.reveille.report;

import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The internal postmortem as one document: the incident's facts, the written sections, the action
 * items, the reviews and the whole timeline (internal entries included). The sections are a list,
 * so a new section of the postmortem is one more entry here and nothing else in the template.
 */
public record PostmortemDocument(
    String number,
    String title,
    String publicTitle,
    Severity severity,
    String severityReason,
    String status,
    String declaredBy,
    String commander,
    Instant declaredAt,
    Instant resolvedAt,
    Duration duration,
    List<String> components,
    String state,
    String author,
    Instant submittedAt,
    Instant approvedAt,
    List<Section> sections,
    List<ActionItemRow> actionItems,
    List<ReviewRow> reviews,
    List<TimelineRow> timeline,
    Instant generatedAt) {

  public record Section(String key, String title, String text) {}

  public record ActionItemRow(
      String description,
      String type,
      String priority,
      String owner,
      LocalDate dueDate,
      String state,
      boolean overdue,
      String trackerUrl) {}

  public record ReviewRow(String reviewer, String decision, String comment, Instant reviewedAt) {}

  /**
   * @param annotation what the postmortem's authors added to the event, or null
   */
  public record TimelineRow(
      Instant at, String kind, boolean internal, String actor, String summary, String annotation) {}
}
