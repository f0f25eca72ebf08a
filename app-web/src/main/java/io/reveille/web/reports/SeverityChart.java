package io.reveille.web.reports;

import io.reveille.report.Insights;
import io.reveille.severity.Severity;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Incidents per month, stacked by severity, laid out for an inline SVG drawn on the server: the
 * page needs no script and the chart prints. The template adds the title, the description and a
 * table with the same numbers for screen readers.
 */
public record SeverityChart(
    int width,
    int height,
    List<Segment> segments,
    List<Label> labels,
    List<Label> ticks,
    String description) {
  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  static final int LEFT = 36;
  static final int BOTTOM = 28;
  static final int TOP = 12;

  /** One severity's share of one month's bar. */
  /** The smallest of 1, 2, 5, 10, 20, 50, ... that is at least {@code max}. */
  static long roundUp(long max) {
    for (long magnitude = 1; ; magnitude *= 10) {
      for (long step : new long[] {1, 2, 5}) {
        if (step * magnitude >= max) {
          return step * magnitude;
        }
      }
    }
  }

  public record Segment(int x, int y, int width, int height, String severity, String title) {}

  public record Label(int x, int y, String text) {}

  public static SeverityChart of(List<Insights.MonthCount> months) {
    long max = Math.max(1, months.stream().mapToLong(Insights.MonthCount::total).max().orElse(1));
    // A round top for the scale: 1, 2, 5, 10, 20, ...
    long top = roundUp(max);
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int slot = (WIDTH - LEFT) / Math.max(1, months.size());
    int barWidth = Math.max(8, slot * 3 / 5);
    DateTimeFormatter name = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    List<Segment> segments = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < months.size(); i++) {
      Insights.MonthCount month = months.get(i);
      int x = LEFT + i * slot + (slot - barWidth) / 2;
      int base = HEIGHT - BOTTOM;
      for (Severity s : Severity.values()) {
        long count = month.bySeverity().getOrDefault(s, 0L);
        if (count == 0) {
          continue;
        }
        int h = (int) Math.round((double) plotHeight * count / top);
        base -= h;
        segments.add(
            new Segment(
                x,
                base,
                barWidth,
                h,
                s.name().toLowerCase(Locale.ROOT),
                name.format(month.month()) + ": " + count + " " + s.name()));
      }
      labels.add(new Label(x + barWidth / 2, HEIGHT - 8, name.format(month.month())));
      description
          .append(name.format(month.month()))
          .append(": ")
          .append(month.total())
          .append(month.total() == 1 ? " incident" : " incidents")
          .append(i == months.size() - 1 ? "." : "; ");
    }
    List<Label> ticks = new ArrayList<>();
    ticks.add(new Label(LEFT - 6, HEIGHT - BOTTOM, "0"));
    ticks.add(new Label(LEFT - 6, TOP + 4, String.valueOf(top)));
    return new SeverityChart(WIDTH, HEIGHT, segments, labels, ticks, description.toString());
  }
}
