package io.reveille.infrastructure.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reveille.delivery.Notice;
import io.reveille.delivery.Notice.Mention;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A page as an Adaptive Card 1.4, wrapped the way a Teams Workflows ("When a Teams webhook request
 * is received") incoming webhook expects. TextBlocks render markdown, so user text in them is
 * escaped; action titles are plain text and are not.
 */
final class TeamsCard {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int TEXT_MAX = 2000;
  private static final int ACTION_TITLE_MAX = 100;

  private TeamsCard() {}

  static ObjectNode of(Notice notice) {
    ObjectNode card = JSON.objectNode();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    ArrayNode body = card.putArray("body");
    String label =
        (ChatText.oneLine(notice.severity()) + " " + ChatText.oneLine(notice.incidentNumber()))
            .strip();
    if (!label.isEmpty()) {
      textBlock(body, label).put("weight", "Bolder").put("color", "Attention");
    }
    textBlock(body, ChatText.oneLine(notice.title())).put("size", "Large").put("weight", "Bolder");
    String headline = ChatText.oneLine(notice.headline());
    if (!headline.isEmpty()) {
      textBlock(body, headline);
    }
    if (!notice.mentions().isEmpty()) {
      textBlock(body, "Paging " + names(notice.mentions())).put("isSubtle", true);
    }
    ArrayNode actions = card.putArray("actions");
    if (notice.incidentUrl() != null) {
      openUrl(actions, ChatText.openLabel(notice), notice.incidentUrl());
    }
    for (Mention mention : notice.mentions()) {
      if (mention.acknowledgeUrl() != null) {
        String title = "Acknowledge as " + ChatText.oneLine(mention.displayName());
        openUrl(actions, title, mention.acknowledgeUrl());
      }
    }

    ObjectNode message = JSON.objectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.putNull("contentUrl");
    attachment.set("content", card);
    return message;
  }

  /** Teams webhooks cannot @mention without Entra ids, so people are named in plain text. */
  private static String names(List<Mention> mentions) {
    return mentions.stream()
        .map(mention -> ChatText.oneLine(mention.displayName()))
        .collect(Collectors.joining(", "));
  }

  private static ObjectNode textBlock(ArrayNode body, String text) {
    return body.addObject()
        .put("type", "TextBlock")
        .put("text", ChatText.fit(text, TEXT_MAX, Markdown::escapeForTeams))
        .put("wrap", true);
  }

  private static void openUrl(ArrayNode actions, String title, URI url) {
    actions
        .addObject()
        .put("type", "Action.OpenUrl")
        .put("title", ChatText.shorten(title, ACTION_TITLE_MAX))
        .put("url", url.toASCIIString());
  }
}
