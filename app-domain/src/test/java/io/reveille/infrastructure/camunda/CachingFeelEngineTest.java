package io.reveille.infrastructure.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The cached FEEL engine must decide exactly as Camunda's own, on Reveille's real table. */
class CachingFeelEngineTest {
  private static final List<String> IMPACTS = List.of("none", "some", "all");

  @Test
  void classifiesEveryCombinationLikeCamundasOwnFeelEngine() {
    DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnEngine cached = cachedEngine();
    DmnDecision reference = severityTable(camunda);
    DmnDecision candidate = severityTable(cached);

    List<Map<String, Object>> combinations = combinations();
    assertThat(combinations).hasSize(48);
    for (int pass = 0; pass < 2; pass++) { // the second pass runs entirely from the parse cache
      for (Map<String, Object> inputs : combinations) {
        Map<String, Object> expected =
            camunda.evaluateDecisionTable(reference, inputs).getSingleResult().getEntryMap();
        Map<String, Object> actual =
            cached.evaluateDecisionTable(candidate, inputs).getSingleResult().getEntryMap();
        assertThat(actual).as("inputs %s", inputs).isEqualTo(expected);
      }
    }
  }

  @Test
  void aCellThatIsNotFeelFailsAsCamundaWould() {
    CachingFeelEngine engine = new CachingFeelEngine();
    assertThatThrownBy(
            () ->
                engine.evaluateSimpleUnaryTests(
                    "> > nonsense",
                    "cellInput",
                    Variables.createVariables().putValue("cellInput", 1).asVariableContext()))
        .isInstanceOf(FeelException.class);
  }

  private static DmnEngine cachedEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(CachingFeelEngine.factory());
    return configuration.buildEngine();
  }

  private static DmnDecision severityTable(DmnEngine engine) {
    try (InputStream dmn =
        CachingFeelEngineTest.class.getResourceAsStream("/dmn/severity-classification.dmn")) {
      return engine.parseDecision("severity-classification", dmn);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map<String, Object>> combinations() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String impact : IMPACTS) {
      for (int flags = 0; flags < 16; flags++) {
        all.add(
            Variables.createVariables()
                .putValue("customerImpact", impact)
                .putValue("dataLoss", (flags & 1) != 0)
                .putValue("securityBreach", (flags & 2) != 0)
                .putValue("criticalFunctionDown", (flags & 4) != 0)
                .putValue("externallyVisible", (flags & 8) != 0));
      }
    }
    return all;
  }
}
