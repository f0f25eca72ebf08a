package io.reveille.infrastructure.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reveille.delivery.Notice;
import io.reveille.delivery.Notice.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page as a Slack Block Kit message for an incoming webhook.
 *
 * <p>Slack parses {@code &}, {@code <} and {@code >} in every text object: {@code <!channel>}
 * notifies a whole channel and {@code <http://evil|Acknowledge>} is a disguised link. So all user
 * text is entity-escaped, and only the mentions and links built here stay live.
 */
final class SlackMessage {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Slack member ids (U…) and enterprise-grid user ids (W…); anything else is shown as a name. */
  private static final Pattern MEMBER_ID = Pattern.compile("^[UW][A-Z0-9]{2,}$");

  private static final int HEADER_MAX = 150;
  private static final int SECTION_MAX = 3000;
  private static final int BUTTON_TEXT_MAX = 75;
  private static final int BUTTONS_PER_BLOCK = 25;

  private SlackMessage() {}

  static ObjectNode of(Notice notice) {
    String summary = ChatText.summary(notice);
    ObjectNode message = JSON.objectNode();
    // What the phone's notification and screen readers show; blocks replace it in the channel.
    message.put("text", escaped(summary, SECTION_MAX));
    // Slack fetches the links in a message to preview them; these links are for people only.
    message.put("unfurl_links", false);
    message.put("unfurl_media", false);
    ArrayNode blocks = message.putArray("blocks");
    blocks.add(header(summary));
    String headline = ChatText.oneLine(notice.headline());
    if (!headline.isEmpty()) {
      blocks.add(section(escaped(headline, SECTION_MAX)));
    }
    if (!notice.mentions().isEmpty()) {
      blocks.add(section(paging(notice.mentions())));
    }
    if (notice.incidentUrl() != null) {
      blocks.add(context(incidentLink(notice)));
    }
    addAcknowledgeButtons(blocks, notice.mentions());
    return message;
  }

  /** Entity-escapes the three characters Slack parses; everything else Slack shows as typed. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String escaped(String text, int max) {
    return ChatText.fit(text, max, SlackMessage::escape);
  }

  private static String paging(List<Mention> mentions) {
    String prefix = "Paging ";
    List<String> names = new ArrayList<>();
    int length = prefix.length();
    for (Mention mention : mentions) {
      String name = mentionOf(mention);
      // Leave room for ", and 999 more" rather than cut a <@U…> mention in half.
      if (length + name.length() + 2 > SECTION_MAX - 20) {
        return prefix
            + String.join(", ", names)
            + ", and "
            + (mentions.size() - names.size())
            + " more";
      }
      names.add(name);
      length += name.length() + 2;
    }
    return prefix + String.join(", ", names);
  }

  private static String mentionOf(Mention mention) {
    String handle = ChatText.oneLine(mention.chatHandle());
    if (MEMBER_ID.matcher(handle).matches()) {
      return "<@" + handle + ">";
    }
    return escaped(ChatText.oneLine(mention.displayName()), 200);
  }

  private static String incidentLink(Notice notice) {
    // A URI cannot hold '<', '>' or '|' unencoded, so only '&' in its query needs escaping.
    return "<"
        + escape(notice.incidentUrl().toASCIIString())
        + "|"
        + escaped(ChatText.openLabel(notice), 200)
        + ">";
  }

  private static void addAcknowledgeButtons(ArrayNode blocks, List<Mention> mentions) {
    ArrayNode buttons = null;
    int index = 0;
    for (Mention mention : mentions) {
      if (mention.acknowledgeUrl() == null) {
        continue;
      }
      if (buttons == null || buttons.size() == BUTTONS_PER_BLOCK) {
        ObjectNode actions = blocks.addObject().put("type", "actions");
        buttons = actions.putArray("elements");
      }
      String label = "Acknowledge as " + ChatText.oneLine(mention.displayName());
      ObjectNode button = buttons.addObject().put("type", "button");
      button.set("text", plainText(ChatText.fit(label, BUTTON_TEXT_MAX, SlackMessage::escape)));
      button.put("url", mention.acknowledgeUrl().toASCIIString());
      button.put("style", "primary");
      button.put("action_id", "acknowledge-" + index++);
    }
  }

  private static ObjectNode header(String summary) {
    ObjectNode header = JSON.objectNode().put("type", "header");
    header.set("text", plainText(escaped(summary, HEADER_MAX)));
    return header;
  }

  private static ObjectNode section(String mrkdwn) {
    ObjectNode section = JSON.objectNode().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
    return section;
  }

  private static ObjectNode context(String mrkdwn) {
    ObjectNode context = JSON.objectNode().put("type", "context");
    context.putArray("elements").addObject().put("type", "mrkdwn").put("text", mrkdwn);
    return context;
  }

  private static ObjectNode plainText(String text) {
    return JSON.objectNode().put("type", "plain_text").put("text", text).put("emoji", true);
  }
}
