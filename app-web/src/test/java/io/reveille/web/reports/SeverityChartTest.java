package io.reveille.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.report.Insights;
import io.reveille.severity.Severity;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeverityChartTest {
  @Test
  void barsStackBySeverityOnARoundScaleAndTheDescriptionSaysTheNumbers() {
    SeverityChart chart =
        SeverityChart.of(
            List.of(
                new Insights.MonthCount(
                    YearMonth.of(2026, 10),
                    Map.of(Severity.SEV1, 1L, Severity.SEV2, 2L, Severity.SEV3, 0L)),
                new Insights.MonthCount(
                    YearMonth.of(2026, 11),
                    Map.of(Severity.SEV1, 0L, Severity.SEV2, 0L, Severity.SEV3, 4L))));

    assertThat(chart.segments()).hasSize(3);
    assertThat(chart.ticks()).extracting(SeverityChart.Label::text).containsExactly("0", "5");
    SeverityChart.Segment sev3 = chart.segments().get(2);
    assertThat(sev3.severity()).isEqualTo("sev3");
    assertThat(sev3.y() + sev3.height()).isEqualTo(SeverityChart.HEIGHT - SeverityChart.BOTTOM);
    assertThat(chart.description()).isEqualTo("Oct 2026: 3 incidents; Nov 2026: 4 incidents.");
    assertThat(SeverityChart.roundUp(7)).isEqualTo(10);
    assertThat(SeverityChart.roundUp(11)).isEqualTo(20);
    assertThat(SeverityChart.roundUp(1)).isEqualTo(1);
  }
}
