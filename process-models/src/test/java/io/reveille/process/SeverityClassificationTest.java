package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Deployment(resources = SeverityClassificationTest.DMN)
class SeverityClassificationTest {

  static final String DMN = "dmn/severity-classification.dmn";
  private static final String DECISION_KEY = "severity-classification";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  /** One case per rule, with inputs the rule does not care about set to their "worst" value. */
  static Stream<Arguments> rules() {
    return Stream.of(
        arguments(
            "Rule_SecurityBreach",
            new Impact("all", true, true, true, true),
            "SEV1",
            "A security breach puts customer data or systems at risk."),
        arguments(
            "Rule_DataLoss",
            new Impact("none", true, false, false, false),
            "SEV1",
            "Customer data has been lost."),
        arguments(
            "Rule_AllCustomers",
            new Impact("all", false, false, false, false),
            "SEV1",
            "All customers are affected."),
        arguments(
            "Rule_SomeCustomersCriticalFunction",
            new Impact("some", false, false, true, false),
            "SEV1",
            "A critical function is down for some customers."),
        arguments(
            "Rule_SomeCustomers",
            new Impact("some", false, false, false, true),
            "SEV2",
            "Some customers are affected."),
        arguments(
            "Rule_CriticalFunctionNoCustomers",
            new Impact("none", false, false, true, true),
            "SEV2",
            "A critical function is down, though no customer is affected yet."),
        arguments(
            "Rule_ExternallyVisible",
            new Impact("none", false, false, false, true),
            "SEV3",
            "Visible outside the company, but no customer is affected."),
        arguments(
            "Rule_InternalOnly",
            new Impact("none", false, false, false, false),
            "SEV3",
            "Internal only: no customer is affected."));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("rules")
  void eachRuleGivesItsSeverityAndReason(
      String ruleId, Impact impact, String severity, String reason) {
    DmnDecisionRuleResult result = evaluate(impact).getSingleResult();

    assertThat(result).isNotNull();
    assertThat(result.<String>getEntry("severity")).isEqualTo(severity);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
    assertThat(matchedRuleIds()).containsExactly(ruleId);
  }

  @Test
  void everyCombinationOfInputsMatchesExactlyOneRule() {
    // With hit policy UNIQUE an overlap makes the evaluation throw; a gap gives an empty result.
    assertThat(decisionTable().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    List<Impact> combinations = Impact.allCombinations();
    assertThat(combinations).hasSize(48).doesNotHaveDuplicates();

    for (Impact impact : combinations) {
      DmnDecisionTableResult result = evaluate(impact);

      assertThat(result).as("rules matching %s", impact).hasSize(1);
      assertThat(result.getSingleResult()).as("result for %s", impact).isNotNull();
      assertThat(result.getSingleResult().<String>getEntry("severity"))
          .as("severity of %s", impact)
          .isEqualTo(expectedSeverity(impact));
    }
    assertThat(matchedRuleIds()).as("rules that ever match").hasSize(8);
  }

  /** The severity policy written out in plain Java, independently of the decision table. */
  private static String expectedSeverity(Impact impact) {
    if (impact.securityBreach() || impact.dataLoss() || impact.customerImpact().equals("all")) {
      return "SEV1";
    }
    if (impact.customerImpact().equals("some")) {
      return impact.criticalFunctionDown() ? "SEV1" : "SEV2";
    }
    return impact.criticalFunctionDown() ? "SEV2" : "SEV3";
  }

  private static DmnDecisionTableResult evaluate(Impact impact) {
    return engine
        .getDecisionService()
        .evaluateDecisionTableByKey(DECISION_KEY, impact.asVariables());
  }

  private static List<String> matchedRuleIds() {
    return DecisionTables.matchedRuleIds(engine.getProcessEngine(), DECISION_KEY);
  }

  private static DecisionTable decisionTable() {
    return DecisionTables.table(
        engine.getProcessEngine(), DECISION_KEY, "DecisionTable_SeverityClassification");
  }
}
