package io.reveille.web.reports;

import io.reveille.report.CommunicationReportCard;
import io.reveille.report.Figures;
import io.reveille.report.Insights;
import io.reveille.report.OverdueActionItem;
import io.reveille.report.PostmortemDue;
import io.reveille.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The insights as the API shows them. Durations are whole seconds ({@code *Seconds}, null when
 * there is no figure), so a client can chart them without parsing ISO durations.
 */
public record InsightsJson(
    String from,
    String to,
    FiguresJson figures,
    List<MonthJson> months,
    List<PostmortemJson> postmortemsAwaitingReview,
    List<PostmortemJson> postmortemsOverdue,
    List<ActionItemJson> overdueActionItems,
    List<ReportCardJson> recentReportCards,
    Instant generatedAt) {

  public record FiguresJson(
      int incidents,
      Long meanTimeToAcknowledgeSeconds,
      int acknowledgedCounted,
      Long meanTimeToResolveSeconds,
      int resolvedCounted,
      Long meanTimeToFirstPublicUpdateSeconds,
      int firstUpdateCounted,
      Long meanGapBetweenPublicUpdatesSeconds,
      Long longestGapBetweenPublicUpdatesSeconds) {
    static FiguresJson of(Figures f) {
      return new FiguresJson(
          f.incidents(),
          seconds(f.meanTimeToAcknowledge()),
          f.acknowledgedCounted(),
          seconds(f.meanTimeToResolve()),
          f.resolvedCounted(),
          seconds(f.meanTimeToFirstPublicUpdate()),
          f.firstUpdateCounted(),
          seconds(f.meanGapBetweenPublicUpdates()),
          seconds(f.longestGapBetweenPublicUpdates()));
    }
  }

  public record MonthJson(String month, Map<String, Long> bySeverity, long total) {}

  public record PostmortemJson(
      String incident,
      String title,
      String severity,
      String state,
      Instant dueAt,
      boolean overdue) {
    static PostmortemJson of(PostmortemDue p) {
      return new PostmortemJson(
          p.incident(), p.title(), p.severity().name(), p.state(), p.dueAt(), p.overdue());
    }
  }

  public record ActionItemJson(
      String incident, String description, String owner, LocalDate dueDate, long daysOverdue) {
    static ActionItemJson of(OverdueActionItem a) {
      return new ActionItemJson(
          a.incident(), a.description(), a.owner(), a.dueDate(), a.daysOverdue());
    }
  }

  /** A communication report card: the grade and why. */
  public record ReportCardJson(
      String incident,
      String grade,
      int points,
      Long timeToFirstPublicUpdateSeconds,
      Long longestGapBetweenPublicUpdatesSeconds,
      List<FindingJson> reasons) {
    public static ReportCardJson of(CommunicationReportCard card) {
      return new ReportCardJson(
          card.number().toString(),
          card.grade().name(),
          card.points(),
          seconds(card.times().toFirstPublicUpdate()),
          seconds(card.times().longestGap().orElse(null)),
          card.findings().stream()
              .map(f -> new FindingJson(f.good(), f.pointsLost(), f.text()))
              .toList());
    }
  }

  public record FindingJson(boolean good, int pointsLost, String text) {}

  public static InsightsJson of(Insights i) {
    return new InsightsJson(
        i.firstMonth().toString(),
        i.lastMonth().toString(),
        FiguresJson.of(i.figures()),
        i.months().stream()
            .map(
                m -> {
                  Map<String, Long> counts = new LinkedHashMap<>();
                  for (Severity s : Severity.values()) {
                    counts.put(s.name(), m.bySeverity().getOrDefault(s, 0L));
                  }
                  return new MonthJson(m.month().toString(), counts, m.total());
                })
            .toList(),
        i.awaitingReview().stream().map(PostmortemJson::of).toList(),
        i.overduePostmortems().stream().map(PostmortemJson::of).toList(),
        i.overdueActionItems().stream().map(ActionItemJson::of).toList(),
        i.recentCards().stream().map(ReportCardJson::of).toList(),
        i.generatedAt());
  }

  static Long seconds(Duration d) {
    return d == null ? null : d.toSeconds();
  }
}
