package io.reveille.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reveille.incident.IncidentStatus;
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
import org.junit.jupiter.api.Test;

class QueryParserTest {

  @Test
  void wordsPhrasesExclusionsAndFilters() {
    SearchQuery query =
        QueryParser.parse(
            "checkout  \"card declined\" -staging severity:sev1 status:Resolved"
                + " component:\"Payments API\" after:2026-01-01 before:2026-02-01 -person:bob");

    assertThat(query.clauses())
        .containsExactly(
            new Word("checkout", false),
            new Phrase("card declined", false),
            new Word("staging", true),
            new SeverityIs(Severity.SEV1, false),
            new StatusIs(IncidentStatus.RESOLVED, false),
            new ComponentIs("Payments API", false),
            new DeclaredAfter(LocalDate.of(2026, 1, 1), false),
            new DeclaredBefore(LocalDate.of(2026, 2, 1), false),
            new PersonIs("bob", true));
    assertThat(query.hasText()).isTrue();
  }

  @Test
  void filtersAloneHaveNoTextToRankBy() {
    SearchQuery query = QueryParser.parse("severity:2 -\"payments\"");
    assertThat(query.clauses())
        .containsExactly(new SeverityIs(Severity.SEV2, false), new Phrase("payments", true));
    assertThat(query.hasText()).isFalse();
  }

  @Test
  void emptyAndBlankSearchesAreEmpty() {
    assertThat(QueryParser.parse("   ").isEmpty()).isTrue();
    assertThat(QueryParser.parse(null).isEmpty()).isTrue();
  }

  @Test
  void incidentNumbersAndTimesStayWords() {
    assertThat(QueryParser.parse("INC-42 10:30 http://x").clauses())
        .containsExactly(
            new Word("INC-42", false), new Word("10:30", false), new Word("http://x", false));
  }

  @Test
  void unknownFilterNamesTheFiltersThatExist() {
    assertThatThrownBy(() -> QueryParser.parse("db colour:red"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(4))
        .hasMessageContaining("At position 4")
        .hasMessageContaining("'colour:' is not a filter")
        .hasMessageContaining("severity:, status:, component:");
  }

  @Test
  void unclosedQuoteIsReportedWhereItOpens() {
    assertThatThrownBy(() -> QueryParser.parse("timeout \"card declined"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(9))
        .hasMessageContaining("expected a closing '\"'");
  }

  @Test
  void badValuesSayWhatWasExpected() {
    assertThatThrownBy(() -> QueryParser.parse("severity:SEV9"))
        .hasMessage("At position 10: 'SEV9' is not a severity; expected one of SEV1, SEV2, SEV3.");
    assertThatThrownBy(() -> QueryParser.parse("status:fixed"))
        .hasMessageContaining("expected one of investigating, identified, monitoring, resolved");
    assertThatThrownBy(() -> QueryParser.parse("after:yesterday"))
        .hasMessageContaining("expected after:YYYY-MM-DD");
    assertThatThrownBy(() -> QueryParser.parse("component: db"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(11))
        .hasMessageContaining("expected a value after 'component:'");
  }

  @Test
  void danglingMinusAndEmptyQuotesAreRefused() {
    assertThatThrownBy(() -> QueryParser.parse("db - cache"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.position()).isEqualTo(5))
        .hasMessageContaining("right after '-'");
    assertThatThrownBy(() -> QueryParser.parse("\"  \""))
        .hasMessageContaining("between the quotes");
  }

  @Test
  void overlongSearchIsRefused() {
    assertThatThrownBy(() -> QueryParser.parse("a".repeat(501)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("at most 500 characters");
  }

  @Test
  void errorsNameTheSearchField() {
    assertThatThrownBy(() -> QueryParser.parse("\""))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("q"));
  }
}
