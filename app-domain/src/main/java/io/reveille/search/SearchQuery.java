package io.reveille.search;

import io.reveille.incident.IncidentStatus;
import io.reveille.severity.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * What someone typed in the search box, parsed: words and phrases to find, and filters to narrow
 * by. Each clause may be negated ({@code -word}, {@code -status:resolved}).
 */
public record SearchQuery(List<Clause> clauses) {
  public SearchQuery {
    clauses = List.copyOf(clauses);
  }

  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  /** Whether there is any text to rank by (filters alone match everything they allow). */
  public boolean hasText() {
    return clauses.stream().anyMatch(c -> !c.negated() && !(c instanceof Filter));
  }

  /** One part of a query. */
  public sealed interface Clause permits Word, Phrase, Filter {
    boolean negated();
  }

  /** A word, matched with stemming and accent folding; a title also matches on its prefix. */
  public record Word(String text, boolean negated) implements Clause {}

  /** An "exact phrase": its words in this order. */
  public record Phrase(String text, boolean negated) implements Clause {}

  /** A filter such as {@code severity:SEV1}; the value already checked and typed. */
  public sealed interface Filter extends Clause
      permits SeverityIs,
          StatusIs,
          ComponentIs,
          PersonIs,
          HasPostmortem,
          DeclaredAfter,
          DeclaredBefore {}

  public record SeverityIs(Severity severity, boolean negated) implements Filter {}

  public record StatusIs(IncidentStatus status, boolean negated) implements Filter {}

  public record ComponentIs(String name, boolean negated) implements Filter {}

  public record PersonIs(String username, boolean negated) implements Filter {}

  /** {@code postmortem:yes} or {@code postmortem:no}. */
  public record HasPostmortem(boolean present, boolean negated) implements Filter {}

  /** Declared on or after the day (UTC). */
  public record DeclaredAfter(LocalDate day, boolean negated) implements Filter {}

  /** Declared before the day (UTC). */
  public record DeclaredBefore(LocalDate day, boolean negated) implements Filter {}
}
