package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;

/**
 * Conventions that keep the models readable in Camunda Modeler, checked in the build because
 * bpmnlint is not part of it.
 */
class ModelConventionsTest {

  private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  @Test
  void everyBpmnElementHasANameAndIsDrawn() {
    BpmnModelInstance model = Bpmn.readModelFromStream(resource(IncidentLifecycleTest.BPMN));

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

  @Test
  void everyDecisionInTheProcessIsLabelledAndGuarded() {
    BpmnModelInstance model = Bpmn.readModelFromStream(resource(IncidentLifecycleTest.BPMN));

    Collection<ExclusiveGateway> gateways = model.getModelElementsByType(ExclusiveGateway.class);
    assertThat(gateways.stream().filter(gateway -> gateway.getOutgoing().size() > 1))
        .extracting(ExclusiveGateway::getId)
        .containsExactlyInAnyOrder("Gateway_Resolved", "Gateway_Approved");
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

  @Test
  void theDecisionIsDrawn() {
    DmnModelInstance model = Dmn.readModelFromStream(resource(SeverityClassificationTest.DMN));
    Decision decision = model.getModelElementById("severity-classification");
    assertThat(decision.getName()).isEqualTo("Severity classification");

    // The DMN model API has no DMNDI types: look at the XML itself.
    assertThat(model.getDocument().getRootElement().getChildElements())
        .filteredOn(element -> element.getLocalName().equals("DMNDI"))
        .flatExtracting(DomElement::getChildElements)
        .flatExtracting(DomElement::getChildElements)
        .filteredOn(element -> DMNDI_NS.equals(element.getNamespaceURI()))
        .extracting(element -> element.getAttribute("dmnElementRef"))
        .containsExactly("severity-classification");
  }

  private static InputStream resource(String name) {
    return ModelConventionsTest.class.getClassLoader().getResourceAsStream(name);
  }
}
