package io.reveille.web.pages;

import io.reveille.maintenance.MaintenancePlan;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule and reschedule forms as posted. Times come from {@code datetime-local} inputs
 * (2026-11-24T05:00), read in the organisation's time zone; components are ticked by name.
 */
record MaintenanceForm(Map<String, String[]> form, ZoneId zone) {
  private static final List<String> TEXT_FIELDS =
      List.of("title", "description", "startsAt", "endsAt", "remindBeforeMinutes");

  MaintenancePlan plan() {
    List<FieldError> errors = new ArrayList<>();
    Instant startsAt = instant("startsAt", errors);
    Instant endsAt = instant("endsAt", errors);
    Integer remindBefore = minutes("remindBeforeMinutes", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new MaintenancePlan(
        value("title"), value("description"), startsAt, endsAt, components(), remindBefore);
  }

  Instant startsAt() {
    return time("startsAt");
  }

  Instant endsAt() {
    return time("endsAt");
  }

  List<String> components() {
    String[] ticked = form.get("components");
    return ticked == null ? List.of() : Arrays.asList(ticked);
  }

  /** What the user typed, to put back in the form when it is refused. */
  Map<String, Object> typed() {
    Map<String, Object> typed = new HashMap<>();
    for (String field : TEXT_FIELDS) {
      typed.put(field, value(field) == null ? "" : value(field));
    }
    typed.put("components", components());
    return typed;
  }

  private Instant time(String field) {
    List<FieldError> errors = new ArrayList<>();
    Instant instant = instant(field, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return instant;
  }

  private Instant instant(String field, List<FieldError> errors) {
    String text = value(field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Give a date and time such as 2026-11-24T05:00."));
      return null;
    }
  }

  private Integer minutes(String field, List<FieldError> errors) {
    String text = value(field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Give the minutes as a whole number, such as 60."));
      return null;
    }
  }

  private String value(String field) {
    String[] values = form.get(field);
    return values == null || values.length == 0 ? null : values[0];
  }
}
