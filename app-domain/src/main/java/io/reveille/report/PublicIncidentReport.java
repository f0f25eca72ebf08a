package io.reveille.report;

import io.reveille.severity.Severity;
import io.reveille.statuspage.PublishedPostmortem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What customers may read about one incident: its public title, what they were told and when, and
 * the postmortem published for them. Nothing internal is ever put in here, so no template can show
 * it by mistake.
 */
public record PublicIncidentReport(
    String number,
    String title,
    Severity severity,
    String status,
    Instant startedAt,
    Instant resolvedAt,
    Duration duration,
    Duration timeToFirstUpdate,
    List<String> components,
    List<Update> updates,
    PublishedPostmortem postmortem,
    boolean published,
    Instant generatedAt) {

  /** A public update, oldest first in the report. */
  public record Update(Instant postedAt, String status, String message) {}
}
