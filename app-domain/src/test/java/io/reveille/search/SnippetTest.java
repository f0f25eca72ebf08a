package io.reveille.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void marksEveryMatchingWordFoldedAndByStart() {
    String passage =
        Snippet.highlight(
            "Checkout timeouts in Zürich; the timeout hit <b>payments</b>.",
            Snippet.terms(List.of("timeout zurich")),
            200,
            false);
    assertThat(Snippet.parts(passage))
        .containsExactly(
            new Snippet.Part("Checkout ", false),
            new Snippet.Part("timeouts", true),
            new Snippet.Part(" in ", false),
            new Snippet.Part("Zürich", true),
            new Snippet.Part("; the ", false),
            new Snippet.Part("timeout", true),
            new Snippet.Part(" hit <b>payments</b>.", false));
  }

  @Test
  void cutsAWindowAroundTheFirstMatch() {
    String text = "word ".repeat(100) + "needle " + "word ".repeat(100);
    String passage = Snippet.highlight(text, Snippet.terms(List.of("needle")), 60, false);
    assertThat(passage).startsWith("…").endsWith("…").hasSizeLessThan(80);
    assertThat(Snippet.parts(passage)).contains(new Snippet.Part("needle", true));
  }

  @Test
  void noMatchGivesNothingUnlessTheBeginningIsWanted() {
    assertThat(Snippet.highlight("Nothing here.", List.of("needle"), 60, false)).isNull();
    assertThat(Snippet.parts(Snippet.highlight("Nothing here.", List.of("needle"), 60, true)))
        .containsExactly(new Snippet.Part("Nothing here.", false));
  }

  @Test
  void markerCharactersTypedIntoIncidentsAreDropped() {
    assertThat(Snippet.parts("a\uE000b\uE001c\uE001 d"))
        .containsExactly(
            new Snippet.Part("a", false),
            new Snippet.Part("b", true),
            new Snippet.Part("c d", false));
  }
}
