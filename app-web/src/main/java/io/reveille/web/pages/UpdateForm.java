package io.reveille.web.pages;

import io.reveille.component.ComponentStatus;
import io.reveille.incident.ComponentChange;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.UpdateDraft;
import io.reveille.incident.Visibility;
import io.reveille.shared.InvalidInputException;
import io.reveille.web.api.Inputs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incident room's update composer as posted: status, message, who sees it, the public title,
 * one {@code component:<name>} field per component whose status it sets ("unchanged" sets nothing),
 * and when the next update comes ({@code nextUpdateInMinutes}, blank for the cadence).
 */
record UpdateForm(Map<String, String[]> form) {
  static final String COMPONENT_PREFIX = "component:";
  static final String UNCHANGED = "unchanged";

  static UpdateForm of(Map<String, String[]> form) {
    return new UpdateForm(new LinkedHashMap<>(form));
  }

  UpdateDraft draft(Instant now) {
    return new UpdateDraft(
        Inputs.parse(IncidentStatus.class, value("status"), "status"),
        Inputs.parse(Visibility.class, value("visibility"), "visibility"),
        value("message"),
        value("publicTitle"),
        componentChanges(),
        nextUpdateAt(now));
  }

  Long version() {
    String version = value("version");
    try {
      return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** What the user typed, to put back in the form when it is refused. */
  Map<String, Object> typed() {
    Map<String, Object> typed = new HashMap<>();
    for (String field :
        List.of(
            "status", "message", "publicTitle", "nextUpdateInMinutes", "visibility", "template")) {
      typed.put(field, value(field) == null ? "" : value(field));
    }
    for (String key : form.keySet()) {
      if (key.startsWith(COMPONENT_PREFIX)) {
        typed.put(key, value(key));
      }
    }
    return typed;
  }

  private List<ComponentChange> componentChanges() {
    List<ComponentChange> changes = new ArrayList<>();
    for (String key : form.keySet()) {
      String chosen = value(key);
      if (key.startsWith(COMPONENT_PREFIX) && chosen != null && !chosen.equals(UNCHANGED)) {
        String component = key.substring(COMPONENT_PREFIX.length());
        changes.add(
            new ComponentChange(
                component, Inputs.parse(ComponentStatus.class, chosen, "component:" + component)));
      }
    }
    return changes;
  }

  private Instant nextUpdateAt(Instant now) {
    String minutes = value("nextUpdateInMinutes");
    if (minutes == null || minutes.isBlank()) {
      return null;
    }
    try {
      return now.plus(Duration.ofMinutes(Long.parseLong(minutes.strip())));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(
          "nextUpdateInMinutes", "Give the minutes until the next update as a whole number.");
    }
  }

  private String value(String field) {
    String[] values = form.get(field);
    return values == null || values.length == 0 ? null : values[0];
  }
}
