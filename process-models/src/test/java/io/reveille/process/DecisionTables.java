package io.reveille.process;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/** What the decision-table tests read back from the engine: matched rules, the table itself. */
final class DecisionTables {
  private DecisionTables() {}

  /** Ids of the rules of {@code decisionKey} that matched in this test, from the history. */
  static List<String> matchedRuleIds(ProcessEngine engine, String decisionKey) {
    return engine
        .getHistoryService()
        .createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(decisionKey)
        .includeOutputs()
        .list()
        .stream()
        .map(HistoricDecisionInstance::getOutputs)
        .flatMap(List::stream)
        .map(HistoricDecisionOutputInstance::getRuleId)
        .distinct()
        .toList();
  }

  /** The deployed table {@code tableId} of decision {@code decisionKey}. */
  static DecisionTable table(ProcessEngine engine, String decisionKey, String tableId) {
    DecisionDefinition definition =
        engine
            .getRepositoryService()
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(decisionKey)
            .singleResult();
    return engine
        .getRepositoryService()
        .getDmnModelInstance(definition.getId())
        .getModelElementById(tableId);
  }
}
