package io.reveille.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlamelessCheckTest {
  private final BlamelessCheck check =
      new BlamelessCheck(List.of("alice", "Alice Archer", "bo", "Bob"));

  @Test
  void namesOfPeopleHumanErrorAndJudgingWordsAreWarnedAboutPerSection() {
    Map<String, String> text = new LinkedHashMap<>();
    text.put("summary", "Payments failed for 40 minutes.");
    text.put(
        "contributingFactors", "Human error: Alice Archer was careless and should have checked.");
    text.put("wentWrong", "bob forgot to renew it.");

    List<BlamelessCheck.Warning> warnings = check.check(text);

    assertThat(warnings)
        .extracting(BlamelessCheck.Warning::section, BlamelessCheck.Warning::phrase)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contributingFactors", "human error"),
            org.assertj.core.groups.Tuple.tuple("contributingFactors", "should have"),
            org.assertj.core.groups.Tuple.tuple("contributingFactors", "careless"),
            org.assertj.core.groups.Tuple.tuple("contributingFactors", "alice"),
            org.assertj.core.groups.Tuple.tuple("contributingFactors", "Alice Archer"),
            org.assertj.core.groups.Tuple.tuple("wentWrong", "forgot to"),
            org.assertj.core.groups.Tuple.tuple("wentWrong", "Bob"));
    assertThat(warnings.get(0).message()).contains("ask what made the error easy");
  }

  @Test
  void wholeWordsOnlyAndShortNamesIgnored() {
    assertThat(
            check.check(
                Map.of(
                    "impact",
                    "The default fault-tolerance held; bobsleigh traffic and a boat were fine.")))
        .extracting(BlamelessCheck.Warning::phrase)
        .containsExactly("fault");
    assertThat(check.check(Map.of("impact", "Malice and faultless work."))).isEmpty();
  }

  @Test
  void aLongerPhraseIsNotWarnedAboutTwice() {
    assertThat(check.check(Map.of("summary", "Nobody is to blame.")))
        .extracting(BlamelessCheck.Warning::phrase)
        .containsExactly("to blame");
  }

  @Test
  void blamelessTextPasses() {
    assertThat(
            check.check(
                Map.of(
                    "contributingFactors",
                    "The certificate was renewed by hand and nothing alerted before expiry.")))
        .isEmpty();
  }
}
