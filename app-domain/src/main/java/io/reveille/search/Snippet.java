package io.reveille.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A highlighted passage as plain parts, some marked as matches. The highlighter marks matches with
 * private-use characters rather than HTML tags, and the passage is handed on as text parts, so
 * whatever the incident text contains ({@code <script>}, {@code &lt;}) is shown as text by the page
 * or the API client and never becomes markup.
 */
public final class Snippet {
  static final String START = "\uE000";
  static final String END = "\uE001";

  /** A run of text; {@code match} when it is what the search found. */
  public record Part(String text, boolean match) {}

  static boolean hasMatch(String highlighted) {
    return highlighted.contains(START);
  }

  static List<Part> parts(String highlighted) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < highlighted.length()) {
      int start = highlighted.indexOf(START, at);
      if (start < 0) {
        add(parts, clean(highlighted.substring(at)), false);
        break;
      }
      add(parts, clean(highlighted.substring(at, start)), false);
      int end = highlighted.indexOf(END, start);
      if (end < 0) {
        end = highlighted.length();
      }
      add(parts, clean(highlighted.substring(start + 1, end)), true);
      at = end + 1;
    }
    return parts;
  }

  /** Text people typed could itself contain the marker characters; they are dropped. */
  private static String clean(String text) {
    return text.replace(START, "").replace(END, "");
  }

  private static void add(List<Part> parts, String text, boolean match) {
    if (!text.isEmpty()) {
      parts.add(new Part(text, match));
    }
  }

  private Snippet() {}
}
