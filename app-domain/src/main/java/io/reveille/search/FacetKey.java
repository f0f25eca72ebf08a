package io.reveille.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An incident's severity, status, postmortem and month as one indexed value ("sev1 resolved yes
 * 2024-05"), so that one terms aggregation counts four facets. Each aggregation walks every match
 * of a search; a broad search over a million rows of history matches tens of thousands, and four
 * aggregations walking them were a third of its time. The values are written as the separate
 * keyword fields write them (lower case), so each facet reads as before.
 */
final class FacetKey {
  /** More combined values than a century of incidents produces (4 × 5 × 2 × 1,200). */
  static final int MOST_VALUES = 100_000;

  /** An incident not yet classified has no severity; a value is never empty. */
  private static final String NONE = "-";

  static String of(String severity, String status, boolean hasPostmortem, String month) {
    return String.join(
        " ",
        severity == null ? NONE : severity.toLowerCase(Locale.ROOT),
        status.toLowerCase(Locale.ROOT),
        hasPostmortem ? "yes" : "no",
        month);
  }

  /** Each facet's counts, most frequent first, from the combined values' counts. */
  record Counts(
      Map<String, Long> severity,
      Map<String, Long> status,
      Map<String, Long> postmortem,
      Map<String, Long> month) {

    static Counts of(Map<String, Long> byKey) {
      Map<String, Long> severity = new HashMap<>();
      Map<String, Long> status = new HashMap<>();
      Map<String, Long> postmortem = new HashMap<>();
      Map<String, Long> month = new HashMap<>();
      byKey.forEach(
          (key, count) -> {
            String[] parts = key.split(" ", 4);
            if (!parts[0].equals(NONE)) {
              severity.merge(parts[0], count, Long::sum);
            }
            status.merge(parts[1], count, Long::sum);
            postmortem.merge(parts[2], count, Long::sum);
            month.merge(parts[3], count, Long::sum);
          });
      return new Counts(
          mostFirst(severity), mostFirst(status), mostFirst(postmortem), mostFirst(month));
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
      Map<String, Long> sorted = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return sorted;
    }
  }

  private FacetKey() {}
}
