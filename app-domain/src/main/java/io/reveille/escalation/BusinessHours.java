package io.reveille.escalation;

import io.reveille.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation's working hours, such as {@code MON-FRI 09:00-17:00} in its time zone. A SEV3
 * outside them waits for the next start instead of waking someone. Public holidays are not known.
 */
public record BusinessHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

  private static final Pattern FORMAT =
      Pattern.compile("([A-Z]{3})-([A-Z]{3}) (\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)");

  /** Parses {@code MON-FRI 09:00-17:00}. */
  public static BusinessHours parse(String text, ZoneId zone) {
    Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidInputException(
          "businessHours", "Write business hours as MON-FRI 09:00-17:00, not \"" + text + "\".");
    }
    DayOfWeek first = day(m.group(1));
    DayOfWeek last = day(m.group(2));
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d = first; ; d = d.plus(1)) {
      days.add(d);
      if (d == last) {
        break;
      }
    }
    LocalTime start = LocalTime.parse(m.group(3));
    LocalTime end = LocalTime.parse(m.group(4));
    if (!end.isAfter(start)) {
      throw new InvalidInputException("businessHours", "Business hours must end after they start.");
    }
    return new BusinessHours(days, start, end, zone);
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(abbreviation)) {
        return d;
      }
    }
    throw new InvalidInputException("businessHours", "\"" + abbreviation + "\" is not a day.");
  }

  public boolean contains(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
  }

  /** The first start of business hours after {@code instant} (or at it). */
  public Instant nextStart(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    for (int i = 0; i <= 7; i++) {
      ZonedDateTime candidate = ZonedDateTime.of(local.toLocalDate().plusDays(i), start, zone);
      if (days.contains(candidate.getDayOfWeek()) && !candidate.toInstant().isBefore(instant)) {
        return candidate.toInstant();
      }
    }
    throw new IllegalStateException("Business hours have no day: " + days);
  }
}
