package io.reveille.web.reports;

import io.reveille.report.Figures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the reports write times, durations and percentages, in the organisation's zone. */
public final class ReportText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final ZoneId zone;
  private final String zoneName;

  public ReportText(ZoneId zone) {
    this.zone = zone;
    this.zoneName = zone.getDisplayName(TextStyle.SHORT, Locale.UK);
  }

  public String time(Instant at) {
    return at == null ? "–" : TIME.format(at.atZone(zone)) + " " + zoneName;
  }

  public String iso(Instant at) {
    return at == null ? "" : at.toString();
  }

  public String date(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }

  public String month(YearMonth month) {
    return MONTH.format(month);
  }

  public String duration(Duration d) {
    return Figures.format(d);
  }

  /** Three decimals: the difference between 99.9 % and 99.95 % is the point of the report. */
  public String percent(Double value) {
    return value == null ? "–" : String.format(Locale.UK, "%.3f %%", value);
  }

  public String percent(java.math.BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString() + " %";
  }

  /** The width of a bar (in percent of its track) for a value out of a maximum. */
  public String width(double value, double max) {
    double w = max <= 0 ? 0 : Math.max(0, Math.min(100, 100.0 * value / max));
    return String.format(Locale.ROOT, "width: %.1f%%", w);
  }

  public String width(long value, long max) {
    return width((double) value, (double) max);
  }

  public String zone() {
    return zoneName;
  }
}
