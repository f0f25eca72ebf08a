package io.reveille.subscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reveille.delivery.Notice;
import io.reveille.shared.Settings;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words each channel carries for a {@link Bulletin}. Every message names its unsubscribe link;
 * nothing here reads anything but the bulletin, which holds public text only.
 */
public final class SubscriberMessages {
  /** Twilio's limit for one message (split into segments by the carrier). */
  static final int SMS_MAX = 1600;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private SubscriberMessages() {}

  /** How the status page names itself in messages, such as "Acme". */
  public static String pageName() {
    return Settings.get("reveille.status-page.name").orElse("Reveille");
  }

  public static String emailSubject(Bulletin b) {
    return switch (b.subject()) {
      case INCIDENT -> "[" + b.statusLabel() + "] " + b.title();
      case MAINTENANCE ->
          "[Maintenance " + b.statusLabel().toLowerCase(Locale.ROOT) + "] " + b.title();
    };
  }

  public static String emailText(Bulletin b, URI unsubscribe) {
    return emailTextUpToTheLink(b) + unsubscribe + "\n";
  }

  /** All of the e-mail but its unsubscribe link: the same for every subscriber, built once. */
  static String emailTextUpToTheLink(Bulletin b) {
    StringBuilder text = new StringBuilder();
    text.append(b.title()).append('\n').append(b.statusLabel()).append(" — ");
    text.append(WHEN.format(b.postedAt())).append("\n\n");
    text.append(b.text()).append("\n\n");
    if (b.startsAt() != null) {
      text.append("Scheduled: ")
          .append(WHEN.format(b.startsAt()))
          .append(" to ")
          .append(WHEN.format(b.endsAt()))
          .append('\n');
    }
    if (!b.components().isEmpty()) {
      text.append("Affected: ").append(componentList(b.components())).append('\n');
    }
    if (b.nextUpdateAt() != null) {
      text.append("Next update by ").append(WHEN.format(b.nextUpdateAt())).append('\n');
    }
    text.append("\nStatus page: ").append(b.link()).append("\n\n");
    text.append("You receive this because you subscribed to ")
        .append(pageName())
        .append(" status updates.\nUnsubscribe: ");
    return text.toString();
  }

  public static String smsText(Bulletin b, URI unsubscribe) {
    // Plain GSM-7 punctuation: one em dash would make the whole text UCS-2, 70 characters a
    // segment.
    String head = pageName() + ": " + b.title() + " - " + b.statusLabel() + ". ";
    String tail =
        (b.nextUpdateAt() == null ? "" : " Next update by " + WHEN.format(b.nextUpdateAt()) + ".")
            + " Stop: "
            + unsubscribe;
    int room = SMS_MAX - head.length() - tail.length();
    String body = b.text().strip();
    if (body.length() > room) {
      body = body.substring(0, Math.max(0, room - 3)).stripTrailing() + "...";
    }
    return head + body + tail;
  }

  /**
   * Shaped like Statuspage's incident webhook ({@code meta}, {@code page}, {@code incident} with
   * {@code incident_updates} and {@code components}), so receivers written for it need little
   * change; a maintenance notice comes as an incident with impact {@code maintenance}.
   */
  public static String webhookJson(
      Bulletin b, String notificationId, URI unsubscribe, Instant generatedAt) {
    return webhookJson(webhookJsonAfterMeta(b), notificationId, unsubscribe, generatedAt);
  }

  /**
   * A payload from the part every subscriber shares ({@link #webhookJsonAfterMeta}, built once per
   * batch) and its own {@code meta}: a 100,000-subscriber fan-out serialises the update once.
   */
  static String webhookJson(
      String afterMeta, String notificationId, URI unsubscribe, Instant generatedAt) {
    return "{\"meta\":{\"notification_id\":"
        + quoted(notificationId)
        + ",\"unsubscribe\":"
        + quoted(unsubscribe.toString())
        + ",\"generated_at\":"
        + quoted(generatedAt.toString())
        + "},"
        + afterMeta;
  }

  /** The payload after its {@code meta} object, up to and including the closing brace. */
  static String webhookJsonAfterMeta(Bulletin b) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("page").put("name", pageName()).put("url", b.pageUrl().toString());
    ObjectNode incident = root.putObject("incident");
    boolean maintenance = b.subject() == Bulletin.Subject.MAINTENANCE;
    incident
        .put("id", (maintenance ? "maintenance-" : "") + b.subjectId())
        .put("name", b.title())
        .put("status", b.statusCode())
        .put("impact", maintenance ? "maintenance" : null)
        .put("shortlink", b.link().toString())
        .put("updated_at", b.postedAt().toString());
    if (maintenance) {
      incident.put("scheduled_for", b.startsAt().toString());
      incident.put("scheduled_until", b.endsAt().toString());
    }
    ObjectNode update = incident.putArray("incident_updates").addObject();
    update
        .put("id", Long.toString(b.updateId()))
        .put("status", b.statusCode())
        .put("body", b.text())
        .put("created_at", b.postedAt().toString())
        .put("next_update_at", b.nextUpdateAt() == null ? null : b.nextUpdateAt().toString());
    ArrayNode components = incident.putArray("components");
    for (Bulletin.Concerned c : b.components()) {
      components
          .addObject()
          .put("id", Long.toString(c.id()))
          .put("name", c.name())
          .put("status", c.statusCode());
    }
    try {
      return JSON.writeValueAsString(root).substring(1); // without its opening brace
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A tree of JSON nodes always serializes", e);
    }
  }

  private static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  /** For a Slack or Teams channel, through the chat adapters (which escape every field). */
  public static Notice chatNotice(Bulletin b, URI unsubscribe) {
    StringBuilder headline = new StringBuilder(b.statusLabel()).append(": ").append(b.text());
    if (!b.components().isEmpty()) {
      headline.append(" Affected: ").append(componentList(b.components())).append('.');
    }
    if (b.nextUpdateAt() != null) {
      headline.append(" Next update by ").append(WHEN.format(b.nextUpdateAt())).append('.');
    }
    headline.append(" Unsubscribe this channel: ").append(unsubscribe);
    return new Notice(
        "", pageName() + " status: " + b.title(), "", headline.toString(), b.link(), List.of());
  }

  static String confirmationEmail(String page, URI confirm, URI unsubscribe) {
    return "Someone, hopefully you, asked to receive "
        + page
        + " status updates at this address.\n\nConfirm the subscription:\n"
        + confirm
        + "\n\nIf it was not you, ignore this e-mail: nothing is sent until the address is"
        + " confirmed. The link works for 7 days.\n\nNever again: "
        + unsubscribe
        + "\n";
  }

  static String codeText(String page, String code) {
    return code + " is your code to confirm " + page + " status updates by text message.";
  }

  private static String componentList(List<Bulletin.Concerned> components) {
    return components.stream()
        .map(c -> c.name() + " (" + c.statusLabel().toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", "));
  }
}
