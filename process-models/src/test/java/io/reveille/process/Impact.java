package io.reveille.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The facts about an incident that its severity is derived from, as the application sends them. */
record Impact(
    String customerImpact,
    boolean dataLoss,
    boolean securityBreach,
    boolean criticalFunctionDown,
    boolean externallyVisible) {

  static final List<String> CUSTOMER_IMPACTS = List.of("none", "some", "all");

  /** Every possible input of the severity classification: 3 x 2 x 2 x 2 x 2 = 48. */
  static List<Impact> allCombinations() {
    List<Impact> combinations = new ArrayList<>();
    for (String customerImpact : CUSTOMER_IMPACTS) {
      for (boolean dataLoss : new boolean[] {false, true}) {
        for (boolean securityBreach : new boolean[] {false, true}) {
          for (boolean criticalFunctionDown : new boolean[] {false, true}) {
            for (boolean externallyVisible : new boolean[] {false, true}) {
              combinations.add(
                  new Impact(
                      customerImpact,
                      dataLoss,
                      securityBreach,
                      criticalFunctionDown,
                      externallyVisible));
            }
          }
        }
      }
    }
    return combinations;
  }

  VariableMap asVariables() {
    return Variables.createVariables()
        .putValue("customerImpact", customerImpact)
        .putValue("dataLoss", dataLoss)
        .putValue("securityBreach", securityBreach)
        .putValue("criticalFunctionDown", criticalFunctionDown)
        .putValue("externallyVisible", externallyVisible);
  }
}
