package io.reveille.infrastructure.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backslash-escaping of user text for the markdown that Teams and Mattermost render, so a title
 * like {@code [Acknowledge](http://evil)} or {@code **URGENT**} is shown as typed.
 */
final class Markdown {
  /**
   * Adaptive Card TextBlocks know only bold, italic, links and lists. Escaping more than that shows
   * stray backslashes in Teams clients that do not unescape every punctuation mark.
   */
  private static final String TEAMS_SPECIALS = "\\*_[]()";

  /** CommonMark as Mattermost renders it, with strikethrough and tables. */
  private static final String MATTERMOST_SPECIALS = "\\*_[]()`~<>|#";

  /** "- x", "+ x", "1. x" and "1) x" start a list when they open a line. */
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+]|\\d{1,9}[.)])(?=\\s|$)");

  /**
   * Mattermost notifies on {@code @channel}, {@code @all}, {@code @here} and any username; a word
   * joiner after the at sign is invisible and breaks the mention.
   */
  private static final String WORD_JOINER = "\u2060";

  private Markdown() {}

  static String escapeForTeams(String text) {
    return escape(text, TEAMS_SPECIALS);
  }

  static String escapeForMattermost(String text) {
    return escape(text, MATTERMOST_SPECIALS).replace("@", "@" + WORD_JOINER);
  }

  private static String escape(String text, String specials) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    Matcher marker = LIST_MARKER.matcher(text);
    int markerPunctuation = marker.find() ? marker.end() - 1 : -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i == markerPunctuation || specials.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
