package io.reveille.severity;

import io.reveille.shared.Settings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * How bad an incident is. The severity carries the rules that depend on it, so nobody has to keep
 * an if/else over severities somewhere else.
 */
public enum Severity {
  SEV1("Critical", PostmortemDeadline.calendarDays(3), "PT30M"),
  SEV2("Major", PostmortemDeadline.businessDays(5), "PT60M"),
  SEV3("Minor", PostmortemDeadline.calendarDays(10), "none");

  private final String label;
  private final PostmortemDeadline postmortemDeadline;
  private final Duration updateCadence;

  Severity(String label, PostmortemDeadline postmortemDeadline, String defaultCadence) {
    this.label = label;
    this.postmortemDeadline = postmortemDeadline;
    // reveille.cadence.sev1 = PT20M, or "none": how often customers hear from the team.
    String cadence =
        Settings.get("reveille.cadence." + name().toLowerCase(Locale.ROOT)).orElse(defaultCadence);
    this.updateCadence = cadence.equalsIgnoreCase("none") ? null : Duration.parse(cadence);
  }

  /**
   * How long customers may wait between public updates at this severity; empty when the team only
   * updates as it sees fit.
   */
  public Optional<Duration> updateCadence() {
    return Optional.ofNullable(updateCadence);
  }

  public String label() {
    return label;
  }

  /** SEV1 and SEV2 wake people up; SEV3 waits for working hours. */
  public boolean pagesOutOfHours() {
    return this != SEV3;
  }

  /** When the postmortem of an incident resolved at {@code resolvedAt} is due. */
  public Instant postmortemDueAfter(Instant resolvedAt, ZoneId organisationZone) {
    return postmortemDeadline.after(resolvedAt, organisationZone);
  }

  public boolean isMoreSevereThan(Severity other) {
    return ordinal() < other.ordinal();
  }

  /** A deadline counted in calendar days or in business days (Monday to Friday). */
  record PostmortemDeadline(int days, boolean businessDaysOnly) {
    static PostmortemDeadline calendarDays(int days) {
      return new PostmortemDeadline(days, false);
    }

    static PostmortemDeadline businessDays(int days) {
      return new PostmortemDeadline(days, true);
    }

    Instant after(Instant start, ZoneId zone) {
      if (!businessDaysOnly) {
        // Days in the organisation's zone, so the local time of day holds across a clock change.
        return start.atZone(zone).plusDays(days).toInstant();
      }
      return BusinessDays.add(start.atZone(zone), days).toInstant();
    }
  }

  /** Business-day arithmetic in the organisation's zone, at the same local time of day. */
  public static final class BusinessDays {
    private BusinessDays() {}

    public static ZonedDateTime add(ZonedDateTime start, int days) {
      ZonedDateTime result = start;
      int added = 0;
      while (added < days) {
        result = result.plusDays(1);
        if (isBusinessDay(result.getDayOfWeek())) {
          added++;
        }
      }
      return result;
    }

    private static boolean isBusinessDay(DayOfWeek day) {
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
  }
}
