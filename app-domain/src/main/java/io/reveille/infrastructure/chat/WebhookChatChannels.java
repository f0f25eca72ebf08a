package io.reveille.infrastructure.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reveille.delivery.ChatChannels;
import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.delivery.Notice;
import io.reveille.delivery.SendOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Posts pages to Slack, Microsoft Teams, Mattermost and generic webhooks. Provider failures come
 * back as a {@link SendOutcome}, never as an exception, so the outbox decides about retrying.
 */
@ApplicationScoped
public class WebhookChatChannels implements ChatChannels {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookPost webhooks;
  private Clock clock;

  /** For CDI, which completes the bean in {@link #open()}; its client proxy needs no client. */
  public WebhookChatChannels() {}

  WebhookChatChannels(Duration connectTimeout, Duration requestTimeout, Clock clock) {
    this.webhooks = new WebhookPost(connectTimeout, requestTimeout);
    this.clock = clock;
  }

  @PostConstruct
  void open() {
    webhooks = new WebhookPost(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    clock = Clock.systemUTC();
  }

  @Override
  public SendOutcome post(ChatDestination destination, Notice notice) {
    String webhookUrl = destination.webhookUrl();
    if (webhookUrl == null || webhookUrl.isBlank()) {
      return new SendOutcome.NotConfigured("webhook URL");
    }
    URI url = httpUrl(webhookUrl.strip());
    if (url == null) {
      return new SendOutcome.Failed("the webhook URL is not an http(s) URL", false);
    }
    ChatKind kind = destination.kind();
    if (kind == null) {
      return new SendOutcome.NotConfigured("chat kind");
    }
    return switch (kind) {
      case SLACK -> webhooks.post("Slack", url, json(SlackMessage.of(notice)), Map.of());
      case MICROSOFT_TEAMS ->
          webhooks.post("Microsoft Teams", url, json(TeamsCard.of(notice)), Map.of());
      case MATTERMOST ->
          webhooks.post("Mattermost", url, json(MattermostMessage.of(notice)), Map.of());
      case WEBHOOK -> postSigned(destination, url, notice);
    };
  }

  /** Unsigned events would teach receivers to accept anything, so no secret means no event. */
  private SendOutcome postSigned(ChatDestination destination, URI url, Notice notice) {
    String secret = destination.signingSecret();
    if (secret == null || secret.isBlank()) {
      return new SendOutcome.NotConfigured("webhook signing secret");
    }
    Instant now = clock.instant();
    String body = json(IncidentPageEvent.of(notice, now));
    Map<String, String> headers =
        Map.of(
            WebhookSignature.HEADER,
            WebhookSignature.sign(secret, now, body),
            "Reveille-Event",
            IncidentPageEvent.TYPE);
    return webhooks.post("The webhook", url, body, headers);
  }

  private static URI httpUrl(String text) {
    try {
      URI url = new URI(text);
      boolean http =
          "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
      return http && url.getHost() != null ? url : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String json(JsonNode message) {
    try {
      return JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A tree of JSON nodes always serializes", e);
    }
  }
}
