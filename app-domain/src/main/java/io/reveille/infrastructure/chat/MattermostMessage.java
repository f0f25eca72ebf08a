package io.reveille.infrastructure.chat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reveille.delivery.Notice;
import io.reveille.delivery.Notice.Mention;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page as a Mattermost incoming-webhook post. Mattermost accepts Slack's webhook payload but not
 * Block Kit, so the message is markdown in {@code text}.
 */
final class MattermostMessage {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Mattermost usernames: 3 to 22 of a-z, 0-9, '.', '-' and '_', starting with a letter. */
  private static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{2,21}$");

  /** Mattermost's default post size limit, in characters. */
  private static final int POST_MAX = 16_383;

  private static final int LINE_MAX = 3000;

  private MattermostMessage() {}

  static ObjectNode of(Notice notice) {
    List<String> lines = new ArrayList<>();
    lines.add("#### " + escaped(ChatText.summary(notice)));
    String headline = ChatText.oneLine(notice.headline());
    if (!headline.isEmpty()) {
      lines.add(escaped(headline));
    }
    if (!notice.mentions().isEmpty()) {
      lines.add(
          notice.mentions().stream()
              .map(MattermostMessage::mentionOf)
              .collect(Collectors.joining(", ", "Paging ", "")));
    }
    List<String> links = new ArrayList<>();
    // Mattermost previews a post's first link by fetching it: never let that be an acknowledge
    // link.
    if (notice.incidentUrl() != null) {
      links.add(link(ChatText.openLabel(notice), notice.incidentUrl()));
    }
    for (Mention mention : notice.mentions()) {
      if (mention.acknowledgeUrl() != null) {
        String label = "Acknowledge as " + ChatText.oneLine(mention.displayName());
        links.add(link(label, mention.acknowledgeUrl()));
      }
    }
    if (!links.isEmpty()) {
      lines.add(String.join(" · ", links));
    }
    return JSON.objectNode().put("text", ChatText.shorten(String.join("\n\n", lines), POST_MAX));
  }

  private static String mentionOf(Mention mention) {
    String handle = ChatText.oneLine(mention.chatHandle());
    if (USERNAME.matcher(handle).matches()) {
      return "@" + handle;
    }
    return escaped(ChatText.oneLine(mention.displayName()));
  }

  /** A URI may hold '(' and ')', which would end the link early; their escapes mean the same. */
  private static String link(String label, URI url) {
    String target = url.toASCIIString().replace("(", "%28").replace(")", "%29");
    return "[" + escaped(label) + "](" + target + ")";
  }

  private static String escaped(String text) {
    return ChatText.fit(text, LINE_MAX, Markdown::escapeForMattermost);
  }
}
