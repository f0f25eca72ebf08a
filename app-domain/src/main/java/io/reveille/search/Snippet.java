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

  /**
   * The passage of {@code text} around the first word matching one of {@code terms}, at most about
   * {@code length} characters, with every matching word in it marked; {@code null} when no word
   * matches, unless {@code lead}, then the text's beginning.
   */
  static String highlight(String text, List<String> terms, int length, boolean lead) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<int[]> words = words(text);
    List<int[]> matches =
        words.stream().filter(w -> matches(text.substring(w[0], w[1]), terms)).toList();
    if (matches.isEmpty() && !lead) {
      return null;
    }
    int from = 0;
    if (!matches.isEmpty()) {
      from = Math.max(0, matches.get(0)[0] - length / 3);
      // start at a word boundary
      while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
        from--;
      }
    }
    int to = Math.min(text.length(), from + length);
    while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
      to++;
    }
    StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
    int at = from;
    for (int[] m : matches) {
      if (m[0] < from || m[1] > to) {
        continue;
      }
      out.append(clean(text.substring(at, m[0]))).append(START);
      out.append(clean(text.substring(m[0], m[1]))).append(END);
      at = m[1];
    }
    out.append(clean(text.substring(at, to)));
    if (to < text.length()) {
      out.append("…");
    }
    return out.toString();
  }

  /** The searchable words of what was typed, folded: "Zürich" → "zurich". */
  static List<String> terms(List<String> typed) {
    List<String> terms = new ArrayList<>();
    for (String phrase : typed) {
      for (int[] w : words(phrase)) {
        String term = fold(phrase.substring(w[0], w[1]));
        terms.add(term.length() > 4 ? stem(term) : term);
      }
    }
    return terms;
  }

  private static boolean matches(String word, List<String> terms) {
    String folded = fold(word);
    for (String term : terms) {
      if (folded.equals(term) || (term.length() >= 3 && folded.startsWith(term))) {
        return true;
      }
    }
    return false;
  }

  /** A rough English stem for display: "timeouts" and "timed" mark as "timeout", "time". */
  private static String stem(String word) {
    for (String suffix : List.of("ing", "ed", "es", "s")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  private static String fold(String word) {
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

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
