package io.reveille.infrastructure.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reveille.delivery.Notice;
import io.reveille.delivery.Notice.Mention;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A page as the {@code incident.page} JSON event for a generic webhook. Values go out as typed: the
 * receiver owns its rendering, and JSON itself needs no escaping beyond what Jackson does.
 */
final class IncidentPageEvent {
  static final String TYPE = "incident.page";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private IncidentPageEvent() {}

  static ObjectNode of(Notice notice, Instant sentAt) {
    ObjectNode event = JSON.objectNode().put("event", TYPE);
    ObjectNode incident = event.putObject("incident");
    incident.put("number", notice.incidentNumber());
    incident.put("title", notice.title());
    incident.put("severity", notice.severity());
    incident.put("url", text(notice.incidentUrl()));
    event.put("headline", notice.headline());
    ArrayNode mentions = event.putArray("mentions");
    for (Mention mention : notice.mentions()) {
      mentions
          .addObject()
          .put("name", mention.displayName())
          .put("acknowledgeUrl", text(mention.acknowledgeUrl()));
    }
    event.put("sentAt", sentAt.truncatedTo(ChronoUnit.MILLIS).toString());
    return event;
  }

  private static String text(URI uri) {
    return uri == null ? null : uri.toASCIIString();
  }
}
