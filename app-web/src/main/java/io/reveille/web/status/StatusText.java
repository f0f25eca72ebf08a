package io.reveille.web.status;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.IncidentStatus;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.statuspage.StatusPage.ComponentChangeLine;
import io.reveille.statuspage.StatusPage.ComponentLine;
import io.reveille.statuspage.StatusPage.UptimeBar;
import io.reveille.statuspage.StatusPage.UptimeDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the status pages word times, statuses and uptime, in the organisation's zone: the templates
 * call it as {@code txt}, so every page says things the same way.
 */
public final class StatusText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final ZoneId zone;

  public StatusText(ZoneId zone) {
    this.zone = zone;
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /** For {@code <time datetime>}: the instant in ISO-8601, UTC. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  public String day(LocalDate date) {
    return DAY.format(date);
  }

  public String month(YearMonth month) {
    return MONTH.format(month);
  }

  public String status(IncidentStatus status) {
    return status.label();
  }

  public String state(MaintenanceState state) {
    return state.label();
  }

  /** The CSS class of a component status: its Statuspage code. */
  public String css(ComponentStatus status) {
    return status.code().replace('_', '-');
  }

  public String change(ComponentChangeLine change) {
    return change.name()
        + ": "
        + change.previous().label().toLowerCase(Locale.UK)
        + " → "
        + change.status().label().toLowerCase(Locale.UK);
  }

  public String percent(Double percent) {
    return percent == null ? "no data" : String.format(Locale.UK, "%.2f %%", percent);
  }

  /** The CSS class of one day of an uptime bar. */
  public String dayCss(UptimeDay day) {
    return day.percent() == null ? "no-data" : css(day.worst());
  }

  /** What one day of the bar says, for its tooltip. */
  public String dayLabel(UptimeDay day) {
    if (day.percent() == null) {
      return day(day.date()) + ": no data";
    }
    StringBuilder label = new StringBuilder(day(day.date())).append(": ");
    label.append(percent(day.percent())).append(" uptime");
    if (!day.outage().isZero()) {
      label.append(", ").append(duration(day.outage())).append(" of outage");
    } else if (day.worst().isDegraded()) {
      label.append(", ").append(day.worst().label().toLowerCase(Locale.UK));
    } else {
      label.append(", no incidents");
    }
    return label.toString();
  }

  /** The whole bar in one sentence, for screen readers. */
  public String barLabel(ComponentLine component) {
    UptimeBar bar = component.uptime();
    long outageDays = bar.days().stream().filter(d -> !d.outage().isZero()).count();
    long degradedDays =
        bar.days().stream().filter(d -> d.outage().isZero() && d.worst().isDegraded()).count();
    StringBuilder label =
        new StringBuilder(component.name())
            .append(": ")
            .append(percent(bar.percent()))
            .append(" uptime over the last ")
            .append(bar.days().size())
            .append(" days");
    if (outageDays > 0) {
      label.append("; outages on ").append(days(outageDays));
    }
    if (degradedDays > 0) {
      label.append("; degraded or under maintenance on ").append(days(degradedDays));
    }
    return label.append('.').toString();
  }

  private static String days(long count) {
    return count == 1 ? "1 day" : count + " days";
  }

  public String duration(Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }
}
