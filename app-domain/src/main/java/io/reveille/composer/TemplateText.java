package io.reveille.composer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template text with {placeholders}. Filling is plain substitution into plain text: the values are
 * never interpreted, and whatever shows the result escapes it for its own format.
 */
public final class TemplateText {
  private static final Pattern TOKEN = Pattern.compile("\\{([a-z_]+)}");

  private TemplateText() {}

  /** The {names} in the text that are not placeholders Reveille knows, in order of appearance. */
  public static List<String> unknownPlaceholders(String text) {
    List<String> unknown = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      if (Placeholder.byKey(m.group(1)).isEmpty() && !unknown.contains(m.group(0))) {
        unknown.add(m.group(0));
      }
    }
    return unknown;
  }

  /** Replaces every known placeholder by its value; unknown tokens stay as written. */
  public static String fill(String text, Map<Placeholder, String> values) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String replacement =
          Placeholder.byKey(m.group(1))
              .map(p -> values.getOrDefault(p, m.group(0)))
              .orElse(m.group(0));
      m.appendReplacement(filled, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(filled);
    return filled.toString();
  }
}
