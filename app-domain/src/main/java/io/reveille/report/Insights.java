package io.reveille.report;

import io.reveille.severity.Severity;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The leadership dashboard: the response figures over recent months and what is waiting. */
public record Insights(
    YearMonth firstMonth,
    YearMonth lastMonth,
    Figures figures,
    List<MonthCount> months,
    List<PostmortemDue> awaitingReview,
    List<PostmortemDue> overduePostmortems,
    List<OverdueActionItem> overdueActionItems,
    List<CommunicationReportCard> recentCards,
    Instant generatedAt) {

  /** How many incidents of each severity were declared in a month. */
  public record MonthCount(YearMonth month, Map<Severity, Long> bySeverity) {
    public long total() {
      return bySeverity.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
