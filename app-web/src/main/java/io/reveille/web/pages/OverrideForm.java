package io.reveille.web.pages;

import io.reveille.oncall.ShiftOverride;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone covering a schedule, as typed: the times are local times in the schedule's zone, as a
 * browser's date-and-time field sends them ({@code 2026-11-24T09:00}).
 */
public record OverrideForm(String username, String from, String to) {
  public OverrideForm {
    username = username == null ? "" : username.strip();
    from = from == null ? "" : from;
    to = to == null ? "" : to;
  }

  /**
   * The override, with the local times placed in {@code zone} (a time skipped by a clock change
   * moves later by the gap).
   *
   * @throws InvalidInputException naming each field that is wrong
   */
  ShiftOverride toOverride(ZoneId zone) {
    List<FieldError> errors = new ArrayList<>();
    Instant start = instant(from, "from", "starts", zone, errors);
    Instant end = instant(to, "to", "ends", zone, errors);
    if (username.isEmpty()) {
      errors.add(new FieldError("username", "Say who covers during the override."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ShiftOverride(username, start, end);
  }

  private static Instant instant(
      String typed, String field, String verb, ZoneId zone, List<FieldError> errors) {
    if (typed.isBlank()) {
      errors.add(new FieldError(field, "Choose when the override " + verb + "."));
      return null;
    }
    try {
      return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              field, "Give a date and time such as 2026-11-24T09:00, not '" + typed + "'."));
      return null;
    }
  }
}
