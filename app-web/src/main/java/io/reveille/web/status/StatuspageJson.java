package io.reveille.web.status;

import io.reveille.incident.IncidentStatus;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPage.ComponentChangeLine;
import io.reveille.statuspage.StatusPage.ComponentLine;
import io.reveille.statuspage.StatusPage.ComponentRef;
import io.reveille.statuspage.StatusPage.GroupLine;
import io.reveille.statuspage.StatusPage.IncidentNotice;
import io.reveille.statuspage.StatusPage.MaintenanceNote;
import io.reveille.statuspage.StatusPage.MaintenanceNotice;
import io.reveille.statuspage.StatusPage.Notice;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a public {@link StatusPage} as Statuspage's public API (v2) does, field for field, so that
 * widgets, dashboards and clients written for Statuspage read Reveille unchanged. Ids are strings
 * and times carry the page's offset, as Statuspage's do; absent values are null, not missing.
 */
final class StatuspageJson {
  private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

  private final StatusPage page;
  private final PageIdentity identity;
  private final ZoneId zone;

  StatuspageJson(StatusPage page, PageIdentity identity) {
    this.page = page;
    this.identity = identity;
    this.zone = page.zone();
  }

  String summary() {
    return document(
        json -> {
          components(json);
          incidents(json, "incidents", page.activeIncidents());
          List<MaintenanceNotice> current = new ArrayList<>(page.activeMaintenance());
          current.addAll(page.upcomingMaintenance());
          maintenances(json, current);
          status(json);
        });
  }

  String status() {
    return document(this::status);
  }

  String components() {
    return document(this::components);
  }

  String incidents() {
    return document(json -> incidents(json, "incidents", page.recentIncidents()));
  }

  String unresolvedIncidents() {
    return document(json -> incidents(json, "incidents", page.activeIncidents()));
  }

  String maintenances() {
    return document(json -> maintenances(json, page.recentMaintenance()));
  }

  String upcomingMaintenances() {
    return document(json -> maintenances(json, page.upcomingMaintenance()));
  }

  String activeMaintenances() {
    return document(json -> maintenances(json, page.activeMaintenance()));
  }

  private String document(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStartObject("page");
      json.write("id", identity.id());
      json.write("name", identity.name());
      json.write("url", identity.url());
      json.write("time_zone", zone.getId());
      time(json, "updated_at", page.updatedAt());
      json.writeEnd();
      body.accept(json);
      json.writeEnd();
    }
    return out.toString();
  }

  private void status(JsonGenerator json) {
    json.writeStartObject("status");
    json.write("indicator", page.indicator().code());
    json.write("description", page.indicator().description());
    json.writeEnd();
  }

  /** Groups are components too in Statuspage's list, each before its members, with their ids. */
  private void components(JsonGenerator json) {
    Map<Long, GroupLine> groups = new HashMap<>();
    page.groups().forEach(g -> groups.put(g.id(), g));
    json.writeStartArray("components");
    int position = 1;
    Long currentGroup = null;
    for (ComponentLine component : page.components()) {
      Long groupId = component.groupId();
      if (groupId != null && !groupId.equals(currentGroup) && groups.containsKey(groupId)) {
        group(json, groups.get(groupId), position++);
      }
      currentGroup = groupId;
      json.writeStartObject();
      component(json, component, position++);
      json.writeEnd();
    }
    json.writeEnd();
  }

  private void group(JsonGenerator json, GroupLine group, int position) {
    json.writeStartObject();
    json.write("id", String.valueOf(group.id()));
    json.write("name", group.name());
    json.write("status", group.status().code());
    time(json, "created_at", group.createdAt());
    time(json, "updated_at", group.updatedAt());
    json.write("position", position);
    text(json, "description", group.description());
    json.write("showcase", false);
    json.writeNull("start_date");
    json.writeNull("group_id");
    json.write("page_id", identity.id());
    json.write("group", true);
    json.write("only_show_if_degraded", false);
    json.writeStartArray("components");
    group.componentIds().forEach(id -> json.write(String.valueOf(id)));
    json.writeEnd();
    json.writeEnd();
  }

  private void component(JsonGenerator json, ComponentLine component, int position) {
    json.write("id", String.valueOf(component.id()));
    json.write("name", component.name());
    json.write("status", component.status().code());
    time(json, "created_at", component.createdAt());
    time(json, "updated_at", component.updatedAt());
    json.write("position", position);
    text(json, "description", component.description());
    json.write("showcase", true);
    json.write("start_date", component.createdAt().atZone(zone).toLocalDate().toString());
    if (component.groupId() == null) {
      json.writeNull("group_id");
    } else {
      json.write("group_id", String.valueOf(component.groupId()));
    }
    json.write("page_id", identity.id());
    json.write("group", false);
    json.write("only_show_if_degraded", component.shownOnlyWhenDegraded());
  }

  private void incidents(JsonGenerator json, String name, List<IncidentNotice> incidents) {
    json.writeStartArray(name);
    for (IncidentNotice incident : incidents) {
      incident(json, incident);
    }
    json.writeEnd();
  }

  private void incident(JsonGenerator json, IncidentNotice incident) {
    String id = String.valueOf(incident.number().value());
    json.writeStartObject();
    json.write("id", id);
    json.write("name", incident.name());
    json.write("status", incidentStatus(incident));
    time(json, "created_at", incident.createdAt());
    time(json, "updated_at", incident.updatedAt());
    time(json, "monitoring_at", incident.monitoringAt());
    time(json, "resolved_at", incident.resolvedAt());
    json.write("impact", incident.impact().code());
    json.write("shortlink", identity.incidentUrl(incident.number().value()));
    time(json, "started_at", incident.createdAt());
    json.write("page_id", identity.id());
    json.writeStartArray("incident_updates");
    for (Notice update : incident.updates()) {
      json.writeStartObject();
      json.write("id", String.valueOf(update.id()));
      json.write("status", update.status().name().toLowerCase(Locale.ROOT));
      json.write("body", update.body());
      json.write("incident_id", id);
      time(json, "created_at", update.postedAt());
      time(json, "updated_at", update.postedAt());
      time(json, "display_at", update.postedAt());
      if (update.componentChanges().isEmpty()) {
        json.writeNull("affected_components");
      } else {
        json.writeStartArray("affected_components");
        for (ComponentChangeLine change : update.componentChanges()) {
          json.writeStartObject();
          json.write("code", String.valueOf(change.componentId()));
          json.write("name", change.name());
          json.write("old_status", change.previous().code());
          json.write("new_status", change.status().code());
          json.writeEnd();
        }
        json.writeEnd();
      }
      json.writeEnd();
    }
    json.writeEnd();
    componentsOf(json, incident.components());
    // Statuspage adds the postmortem once one is published; until then the field is absent.
    incident
        .publishedPostmortem()
        .ifPresent(
            postmortem -> {
              json.write("postmortem_body", postmortem.body());
              time(json, "postmortem_published_at", postmortem.publishedAt());
            });
    json.writeEnd();
  }

  /** Statuspage's incident status: a resolved incident with a published postmortem says so. */
  private static String incidentStatus(IncidentNotice incident) {
    if (incident.status() == IncidentStatus.RESOLVED && incident.postmortem() != null) {
      return "postmortem";
    }
    return incident.status().name().toLowerCase(Locale.ROOT);
  }

  private void maintenances(JsonGenerator json, List<MaintenanceNotice> windows) {
    json.writeStartArray("scheduled_maintenances");
    for (MaintenanceNotice window : windows) {
      String id = String.valueOf(window.id());
      json.writeStartObject();
      json.write("id", id);
      json.write("name", window.title());
      json.write("status", window.state().code());
      time(json, "created_at", window.createdAt());
      time(json, "updated_at", window.updatedAt());
      json.writeNull("monitoring_at");
      time(json, "resolved_at", window.completedAt());
      json.write("impact", "maintenance");
      json.write("shortlink", identity.maintenanceUrl(window.id()));
      time(json, "started_at", window.startedAt() != null ? window.startedAt() : window.startsAt());
      json.write("page_id", identity.id());
      json.writeStartArray("incident_updates");
      for (MaintenanceNote note : window.updates()) {
        json.writeStartObject();
        json.write("id", String.valueOf(note.id()));
        json.write("status", note.state().code());
        json.write("body", note.body());
        json.write("incident_id", id);
        time(json, "created_at", note.postedAt());
        time(json, "updated_at", note.postedAt());
        time(json, "display_at", note.postedAt());
        json.writeNull("affected_components");
        json.writeEnd();
      }
      json.writeEnd();
      componentsOf(json, window.components());
      time(json, "scheduled_for", window.startsAt());
      time(json, "scheduled_until", window.endsAt());
      json.writeEnd();
    }
    json.writeEnd();
  }

  /** An incident's or window's components, as full component objects. */
  private void componentsOf(JsonGenerator json, List<ComponentRef> refs) {
    json.writeStartArray("components");
    for (ComponentRef ref : refs) {
      page.component(ref.id())
          .ifPresent(
              component -> {
                json.writeStartObject();
                component(json, component, page.components().indexOf(component) + 1);
                json.writeEnd();
              });
    }
    json.writeEnd();
  }

  private void time(JsonGenerator json, String name, Instant instant) {
    if (instant == null) {
      json.writeNull(name);
    } else {
      json.write(name, TIME.format(instant.atZone(zone)));
    }
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null || value.isEmpty()) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
