package io.reveille.report;

import io.reveille.severity.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The reliability of one month, for leadership. */
public record MonthlyReport(
    YearMonth month,
    Instant from,
    Instant to,
    boolean complete,
    List<ComponentUptime> components,
    Map<Severity, Long> incidentsBySeverity,
    Figures figures,
    List<IncidentRow> incidents,
    List<OverdueActionItem> overdueActionItems,
    List<PostmortemDue> overduePostmortems,
    Instant generatedAt) {

  /**
   * A component's uptime in the month against its target; {@code uptimePercent} is null for a
   * component that did not exist yet.
   */
  public record ComponentUptime(
      String name,
      boolean publiclyShown,
      Double uptimePercent,
      BigDecimal targetPercent,
      Duration downtime) {
    public boolean metTarget() {
      return uptimePercent == null || uptimePercent >= targetPercent.doubleValue();
    }
  }

  public record IncidentRow(
      String number,
      String title,
      Severity severity,
      Instant declaredAt,
      Duration toAcknowledge,
      Duration toResolve,
      Duration toFirstPublicUpdate,
      Grade communication) {}

  public long incidentCount() {
    return incidentsBySeverity.values().stream().mapToLong(Long::longValue).sum();
  }
}
