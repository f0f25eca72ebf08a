package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Deployment(resources = EscalationUrgencyTest.DMN)
class EscalationUrgencyTest {

  static final String DMN = "dmn/escalation-urgency.dmn";
  private static final String DECISION_KEY = "escalation-urgency";

  private static final String PAGE_NOW = "PAGE_NOW";
  private static final String CHAT_UNTIL_BUSINESS_HOURS = "CHAT_UNTIL_BUSINESS_HOURS";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  /** One case per rule; SEV1 and SEV2 are shown at night, where paging matters most. */
  static Stream<Arguments> rules() {
    return Stream.of(
        arguments(
            "Rule_Sev1",
            "SEV1",
            false,
            PAGE_NOW,
            "SEV1 pages the on-call engineers at once, day or night."),
        arguments(
            "Rule_Sev2",
            "SEV2",
            false,
            PAGE_NOW,
            "SEV2 pages the on-call engineers at once, day or night."),
        arguments(
            "Rule_Sev3WithinBusinessHours",
            "SEV3",
            true,
            PAGE_NOW,
            "SEV3 during business hours pages the on-call engineers at once."),
        arguments(
            "Rule_Sev3OutsideBusinessHours",
            "SEV3",
            false,
            CHAT_UNTIL_BUSINESS_HOURS,
            "SEV3 outside business hours is posted to chat now and pages when the next business"
                + " day starts."));
  }

  @ParameterizedTest(name = "{0}: {1}, within business hours {2} -> {3}")
  @MethodSource("rules")
  void eachRuleGivesItsUrgencyAndReason(
      String ruleId, String severity, boolean withinBusinessHours, String urgency, String reason) {
    DmnDecisionRuleResult result = evaluate(severity, withinBusinessHours).getSingleResult();

    assertThat(result).isNotNull();
    assertThat(result.<String>getEntry("urgency")).isEqualTo(urgency);
    assertThat(result.<String>getEntry("urgencyReason")).isEqualTo(reason);
    assertThat(matchedRuleIds()).containsExactly(ruleId);
  }

  @Test
  void everyCombinationOfInputsMatchesExactlyOneRule() {
    // With hit policy UNIQUE an overlap makes the evaluation throw; a gap gives an empty result.
    assertThat(decisionTable().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    List<Situation> situations = Situation.allCombinations();
    assertThat(situations).hasSize(6).doesNotHaveDuplicates();

    for (Situation situation : situations) {
      DmnDecisionTableResult result =
          evaluate(situation.severity(), situation.withinBusinessHours());

      assertThat(result).as("rules matching %s", situation).hasSize(1);
      assertThat(result.getSingleResult().<String>getEntry("urgency"))
          .as("urgency of %s", situation)
          .isEqualTo(expectedUrgency(situation));
      assertThat(result.getSingleResult().<String>getEntry("urgencyReason"))
          .as("reason for %s", situation)
          .isNotBlank();
    }
    assertThat(matchedRuleIds()).as("rules that ever match").hasSize(4);
  }

  /** The inputs of the decision. */
  record Situation(String severity, boolean withinBusinessHours) {

    /** Every possible input: 3 severities x 2 = 6. */
    static List<Situation> allCombinations() {
      List<Situation> combinations = new ArrayList<>();
      for (String severity : List.of("SEV1", "SEV2", "SEV3")) {
        for (boolean withinBusinessHours : new boolean[] {false, true}) {
          combinations.add(new Situation(severity, withinBusinessHours));
        }
      }
      return combinations;
    }
  }

  /** The urgency policy written out in plain Java, independently of the decision table. */
  private static String expectedUrgency(Situation situation) {
    boolean pagesOutOfHours = !situation.severity().equals("SEV3");
    return pagesOutOfHours || situation.withinBusinessHours()
        ? PAGE_NOW
        : CHAT_UNTIL_BUSINESS_HOURS;
  }

  private static DmnDecisionTableResult evaluate(String severity, boolean withinBusinessHours) {
    return engine
        .getDecisionService()
        .evaluateDecisionTableByKey(
            DECISION_KEY,
            Variables.createVariables()
                .putValue("severity", severity)
                .putValue("withinBusinessHours", withinBusinessHours));
  }

  private static List<String> matchedRuleIds() {
    return DecisionTables.matchedRuleIds(engine.getProcessEngine(), DECISION_KEY);
  }

  private static DecisionTable decisionTable() {
    return DecisionTables.table(
        engine.getProcessEngine(), DECISION_KEY, "DecisionTable_EscalationUrgency");
  }
}
