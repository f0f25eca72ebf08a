package io.reveille.search;

import io.reveille.incident.IncidentStatus;
import io.reveille.search.SearchQuery.Clause;
import io.reveille.search.SearchQuery.ComponentIs;
import io.reveille.search.SearchQuery.DeclaredAfter;
import io.reveille.search.SearchQuery.DeclaredBefore;
import io.reveille.search.SearchQuery.PersonIs;
import io.reveille.search.SearchQuery.Phrase;
import io.reveille.search.SearchQuery.SeverityIs;
import io.reveille.search.SearchQuery.StatusIs;
import io.reveille.search.SearchQuery.Word;
import io.reveille.severity.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the search box's small language:
 *
 * <pre>
 * query   := clause*                       (separated by spaces)
 * clause  := ["-"] (phrase | filter | word)
 * filter  := name ":" (phrase | value)     name: severity status component person postmortem
 *                                          after before
 * phrase  := '"' any character but '"' '"'
 * word    := characters up to a space or '"'
 * </pre>
 *
 * A mistake is reported with its 1-based position and what was expected there, never guessed
 * around: a support engineer quoting results to a customer should know what was searched.
 */
public final class QueryParser {
  /** Long enough for any question a person types; bounds the work one request can ask for. */
  public static final int MAX_LENGTH = 500;

  private static final int MAX_CLAUSES = 32;
  private static final List<String> FILTERS =
      List.of("severity", "status", "component", "person", "postmortem", "after", "before");

  private final String text;
  private int at;

  private QueryParser(String text) {
    this.text = text;
  }

  public static SearchQuery parse(String text) {
    if (text == null) {
      return new SearchQuery(List.of());
    }
    if (text.length() > MAX_LENGTH) {
      throw new QuerySyntaxException(
          MAX_LENGTH + 1,
          "the search is too long; expected at most " + MAX_LENGTH + " characters.");
    }
    return new QueryParser(text).query();
  }

  private SearchQuery query() {
    List<Clause> clauses = new ArrayList<>();
    skipSpaces();
    while (at < text.length()) {
      if (clauses.size() == MAX_CLAUSES) {
        throw error(at, "too many words and filters; expected at most " + MAX_CLAUSES + ".");
      }
      clauses.add(clause());
      skipSpaces();
    }
    return new SearchQuery(clauses);
  }

  private Clause clause() {
    boolean negated = false;
    if (text.charAt(at) == '-') {
      negated = true;
      at++;
      if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
        throw error(at, "expected a word, \"phrase\" or filter right after '-'.");
      }
    }
    if (text.charAt(at) == '"') {
      return new Phrase(phrase(), negated);
    }
    int start = at;
    String word = bareWord();
    int colon = word.indexOf(':');
    // "https://status.example.com/x" is a word, not a filter named https
    if (colon > 0 && isName(word.substring(0, colon)) && !word.startsWith("//", colon + 1)) {
      String name = word.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!FILTERS.contains(name)) {
        throw error(
            start,
            "'"
                + word.substring(0, colon)
                + ":' is not a filter; expected one of "
                + filterList()
                + " (put the word in quotes to search for it).");
      }
      int valueStart = start + colon + 1;
      String value;
      if (colon == word.length() - 1) {
        // "component:" followed by a phrase, or by nothing
        if (at < text.length() && text.charAt(at) == '"') {
          value = phrase();
        } else {
          throw error(valueStart, "expected a value after '" + name + ":'" + example(name) + ".");
        }
      } else {
        value = word.substring(colon + 1);
      }
      return filter(name, value.strip(), negated, valueStart);
    }
    return new Word(word, negated);
  }

  private String phrase() {
    int open = at;
    at++;
    int close = text.indexOf('"', at);
    if (close < 0) {
      throw error(open, "this quote is never closed; expected a closing '\"'.");
    }
    String inside = text.substring(at, close).strip();
    at = close + 1;
    if (inside.isEmpty()) {
      throw error(open, "expected words between the quotes.");
    }
    return inside;
  }

  private String bareWord() {
    int start = at;
    while (at < text.length()
        && !Character.isWhitespace(text.charAt(at))
        && text.charAt(at) != '"') {
      at++;
    }
    return text.substring(start, at);
  }

  private Clause filter(String name, String value, boolean negated, int valueAt) {
    if (value.isEmpty()) {
      throw error(valueAt, "expected a value after '" + name + ":'" + example(name) + ".");
    }
    return switch (name) {
      case "severity" -> new SeverityIs(severity(value, valueAt), negated);
      case "status" -> new StatusIs(status(value, valueAt), negated);
      case "component" -> new ComponentIs(value, negated);
      case "person" -> new PersonIs(value, negated);
      case "postmortem" -> new SearchQuery.HasPostmortem(yesOrNo(value, valueAt), negated);
      case "after" -> new DeclaredAfter(day(name, value, valueAt), negated);
      case "before" -> new DeclaredBefore(day(name, value, valueAt), negated);
      default -> throw new IllegalStateException(name);
    };
  }

  private Severity severity(String value, int valueAt) {
    String normalized = value.toUpperCase(Locale.ROOT);
    if (normalized.matches("\\d")) {
      normalized = "SEV" + normalized;
    }
    for (Severity s : Severity.values()) {
      if (s.name().equals(normalized)) {
        return s;
      }
    }
    throw error(
        valueAt,
        "'"
            + value
            + "' is not a severity; expected one of "
            + Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "))
            + ".");
  }

  private IncidentStatus status(String value, int valueAt) {
    for (IncidentStatus s : IncidentStatus.values()) {
      if (s.name().equalsIgnoreCase(value)) {
        return s;
      }
    }
    throw error(
        valueAt,
        "'"
            + value
            + "' is not a status; expected one of "
            + Arrays.stream(IncidentStatus.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + ".");
  }

  private boolean yesOrNo(String value, int valueAt) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> throw error(valueAt, "'" + value + "' is not yes or no; expected postmortem:yes.");
    };
  }

  private LocalDate day(String name, String value, int valueAt) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(
          valueAt,
          "'" + value + "' is not a date; expected " + name + ":YYYY-MM-DD, e.g. 2026-01-31.");
    }
  }

  private static String example(String name) {
    return switch (name) {
      case "severity" -> " (e.g. severity:SEV1)";
      case "status" -> " (e.g. status:resolved)";
      case "component" -> " (e.g. component:\"Payments API\")";
      case "person" -> " (e.g. person:alice)";
      case "postmortem" -> " (postmortem:yes or postmortem:no)";
      default -> " (e.g. " + name + ":2026-01-31)";
    };
  }

  private static boolean isName(String candidate) {
    return candidate.chars().allMatch(Character::isLetter);
  }

  private static String filterList() {
    return FILTERS.stream().map(f -> f + ":").collect(Collectors.joining(", "));
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private static QuerySyntaxException error(int index, String message) {
    return new QuerySyntaxException(index + 1, message);
  }
}
