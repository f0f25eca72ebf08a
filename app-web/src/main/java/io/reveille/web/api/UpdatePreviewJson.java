package io.reveille.web.api;

import io.reveille.incident.UpdatePreview;
import io.reveille.incident.Visibility;
import io.reveille.subscriber.ChannelPreview;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The composer's preview in the API: what the status page would show and, for a public update, what
 * each subscriber channel would carry.
 *
 * @param channels null for an internal update, which reaches no subscriber
 */
public record UpdatePreviewJson(
    boolean isPublic,
    String publicTitle,
    String status,
    String message,
    Instant nextUpdateAt,
    List<ComponentLineJson> componentChanges,
    ChannelsJson channels) {

  public record ComponentLineJson(
      long id, String name, boolean shownPublicly, String from, String to) {}

  public record ChannelsJson(Email email, Sms sms, Chat chat, JsonObject webhook) {}

  public record Email(String subject, String text) {}

  public record Sms(String text, int segments) {}

  public record Chat(String title, String text) {}

  static UpdatePreviewJson of(UpdatePreview preview, URI sampleUnsubscribe) {
    List<ComponentLineJson> lines =
        preview.componentChanges().stream()
            .map(
                l ->
                    new ComponentLineJson(
                        l.component().id(),
                        l.component().name(),
                        l.component().visibility() == Visibility.PUBLIC,
                        l.from().code(),
                        l.to().code()))
            .toList();
    return new UpdatePreviewJson(
        preview.isPublic(),
        preview.isPublic() ? preview.publicTitle() : null,
        preview.status().name(),
        preview.message(),
        preview.nextUpdateAt(),
        lines,
        preview.isPublic() ? channels(ChannelPreview.of(preview, sampleUnsubscribe)) : null);
  }

  private static ChannelsJson channels(ChannelPreview c) {
    try (var reader = Json.createReader(new StringReader(c.webhookJson()))) {
      return new ChannelsJson(
          new Email(c.emailSubject(), c.emailText()),
          new Sms(c.smsText(), c.smsSegments()),
          new Chat(c.chatTitle(), c.chatText()),
          reader.readObject());
    }
  }
}
