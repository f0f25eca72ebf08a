package io.reveille.search;

import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.severity.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A page of matching incidents with the counts behind each facet. {@code publicOnly} tells whether
 * only what customers were told was searched (asked for, or because of the viewer's role).
 */
public record SearchResults(
    SearchRequest request,
    boolean publicOnly,
    long total,
    List<Hit> hits,
    List<Facet> facets,
    long tookMillis) {

  public int pageCount() {
    return (int) Math.max(1, (total + request.size() - 1) / request.size());
  }

  /** One matching incident and the passage that matched. */
  public record Hit(
      IncidentNumber number,
      String title,
      Severity severity,
      IncidentStatus status,
      Instant declaredAt,
      boolean hasPostmortem,
      String snippetFrom,
      List<Snippet.Part> snippet) {}

  /** A facet (severity, status, …) and how many matching incidents have each value. */
  public record Facet(String name, String label, List<Count> counts) {}

  /**
   * One value of a facet: {@code filter} is the query-language filter that narrows to it, so a page
   * can link "severity:SEV1" without knowing the language.
   */
  public record Count(String value, String label, long count, String filter) {}
}
