package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conventions that keep the models readable in Camunda Modeler, checked in the build because
 * bpmnlint is not part of it.
 */
class ModelConventionsTest {

  private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  @ParameterizedTest
  @ValueSource(
      strings = {
        IncidentLifecycleTest.BPMN,
        EscalationTest.BPMN,
        MaintenanceTest.BPMN,
        PostmortemReviewTest.BPMN,
        ActionItemTest.BPMN
      })
  void everyBpmnElementHasANameAndIsDrawn(String resource) {
    BpmnModelInstance model = Bpmn.readModelFromStream(resource(resource));

    assertThat(model.getModelElementsByType(FlowNode.class))
        .isNotEmpty()
        .allSatisfy(
            node -> {
              assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
              assertThat(node.getDiagramElement()).as("shape of %s", node.getId()).isNotNull();
            });
    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .allSatisfy(
            flow ->
                assertThat(flow.getDiagramElement()).as("edge of %s", flow.getId()).isNotNull());
    assertThat(model.getModelElementsByType(BpmnShape.class))
        .allSatisfy(shape -> assertThat(shape.getBounds()).isNotNull());
    assertThat(model.getModelElementsByType(BpmnEdge.class))
        .allSatisfy(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
  }

  static Stream<Arguments> decisionsInProcesses() {
    return Stream.of(
        arguments(
            IncidentLifecycleTest.BPMN,
            List.of("Gateway_Resolved", "Gateway_UpdatePromised", "Gateway_Approved")),
        arguments(
            EscalationTest.BPMN,
            List.of(
                "Gateway_HasPolicy",
                "Gateway_Urgency",
                "Gateway_AnotherLevel",
                "Gateway_AnotherRound")),
        arguments(MaintenanceTest.BPMN, List.of("Gateway_Started", "Gateway_Remind")),
        arguments(PostmortemReviewTest.BPMN, List.of("Gateway_Remind")),
        arguments(ActionItemTest.BPMN, List.of("Gateway_Remind")));
  }

  @ParameterizedTest
  @MethodSource("decisionsInProcesses")
  void everyDecisionInTheProcessIsLabelledAndGuarded(String resource, List<String> decisions) {
    BpmnModelInstance model = Bpmn.readModelFromStream(resource(resource));

    Collection<ExclusiveGateway> gateways = model.getModelElementsByType(ExclusiveGateway.class);
    assertThat(gateways.stream().filter(gateway -> gateway.getOutgoing().size() > 1))
        .extracting(ExclusiveGateway::getId)
        .containsExactlyInAnyOrderElementsOf(decisions);
    assertThat(gateways)
        .filteredOn(gateway -> gateway.getOutgoing().size() > 1)
        .flatExtracting(ExclusiveGateway::getOutgoing)
        .allSatisfy(
            flow -> {
              assertThat(flow.getName()).as("label of %s", flow.getId()).isNotBlank();
              assertThat(flow.getConditionExpression())
                  .as("condition of %s", flow.getId())
                  .isNotNull();
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        IncidentLifecycleTest.BPMN,
        EscalationTest.BPMN,
        MaintenanceTest.BPMN,
        PostmortemReviewTest.BPMN,
        ActionItemTest.BPMN
      })
  void everyProcessIsVersionedAndCallsTheApplicationByName(String resource) {
    BpmnModelInstance model = Bpmn.readModelFromStream(resource(resource));

    assertThat(model.getModelElementsByType(Process.class))
        .singleElement()
        .satisfies(
            process -> {
              assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
              assertThat(process.getCamundaVersionTag()).isNotBlank();
            });
    // No scripts (no script engine on Java 17) and no class names, which break on a rename.
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(ServiceTask.class))
        .allSatisfy(
            task -> {
              assertThat(task.getCamundaClass()).as("class of %s", task.getId()).isNull();
              if (task.getCamundaDelegateExpression() != null) {
                assertThat(task.getCamundaDelegateExpression())
                    .as("delegate of %s", task.getId())
                    .matches("\\$\\{[a-z][A-Za-z]*}");
              } else {
                assertThat(task.getCamundaExpression())
                    .as("expression of %s", task.getId())
                    .isNotBlank();
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {SeverityClassificationTest.DMN, EscalationUrgencyTest.DMN})
  void theDecisionIsDrawn(String resource) {
    DmnModelInstance model = Dmn.readModelFromStream(resource(resource));
    Decision decision = model.getModelElementsByType(Decision.class).iterator().next();
    assertThat(model.getModelElementsByType(Decision.class)).hasSize(1);
    assertThat(decision.getName()).isNotBlank();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
    assertThat(decision.getVersionTag()).isNotBlank();

    // The DMN model API has no DMNDI types: look at the XML itself.
    assertThat(model.getDocument().getRootElement().getChildElements())
        .filteredOn(element -> element.getLocalName().equals("DMNDI"))
        .flatExtracting(DomElement::getChildElements)
        .flatExtracting(DomElement::getChildElements)
        .filteredOn(element -> DMNDI_NS.equals(element.getNamespaceURI()))
        .extracting(element -> element.getAttribute("dmnElementRef"))
        .containsExactly(decision.getId());
  }

  private static InputStream resource(String name) {
    return ModelConventionsTest.class.getClassLoader().getResourceAsStream(name);
  }
}
