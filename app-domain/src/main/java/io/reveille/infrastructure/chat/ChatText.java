package io.reveille.infrastructure.chat;

import io.reveille.delivery.Notice;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Text handling shared by the chat formats: one tidy line, and cutting to a provider's limit. */
final class ChatText {
  static final String ELLIPSIS = "…";

  /** Line breaks and other controls: a title must not open a new paragraph, list or heading. */
  private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private ChatText() {}

  static String oneLine(String text) {
    return text == null ? "" : CONTROLS.matcher(text).replaceAll(" ").strip();
  }

  /** "SEV1 INC-42: Checkout is down", the line a phone shows in its notification. */
  static String summary(Notice notice) {
    String label = (oneLine(notice.severity()) + " " + oneLine(notice.incidentNumber())).strip();
    String title = oneLine(notice.title());
    return label.isEmpty() ? title : title.isEmpty() ? label : label + ": " + title;
  }

  /** "Open INC-42 in Reveille", the label of the link to the incident room. */
  static String openLabel(Notice notice) {
    String number = oneLine(notice.incidentNumber());
    return "Open " + (number.isEmpty() ? "the incident" : number) + " in Reveille";
  }

  /** {@code text} shortened to {@code max} characters with an ellipsis, never mid-character. */
  static String shorten(String text, int max) {
    return fit(text, max, UnaryOperator.identity());
  }

  /**
   * Escapes {@code raw} and keeps the result within {@code max} characters. Cuts the raw text and
   * escapes again rather than cutting the escaped text, which could leave half an {@code &amp;} or
   * a dangling backslash that changes what the rest means.
   */
  static String fit(String raw, int max, UnaryOperator<String> escape) {
    String escaped = escape.apply(raw);
    if (escaped.length() <= max) {
      return escaped;
    }
    // The longest prefix whose escape still leaves room for the ellipsis; escapes only grow.
    int fits = 0;
    int tooLong = raw.length();
    while (tooLong - fits > 1) {
      int middle = (fits + tooLong) >>> 1;
      if (escape.apply(prefix(raw, middle)).length() + ELLIPSIS.length() <= max) {
        fits = middle;
      } else {
        tooLong = middle;
      }
    }
    return escape.apply(prefix(raw, fits)).stripTrailing() + ELLIPSIS;
  }

  /** The first {@code length} characters, one fewer if that would split a surrogate pair. */
  private static String prefix(String text, int length) {
    boolean splitsPair = length > 0 && Character.isHighSurrogate(text.charAt(length - 1));
    return text.substring(0, splitsPair ? length - 1 : length);
  }
}
