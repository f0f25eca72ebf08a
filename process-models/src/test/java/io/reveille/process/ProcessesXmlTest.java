package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.camunda.bpm.application.impl.metadata.ProcessesXmlParser;
import org.camunda.bpm.application.impl.metadata.spi.ProcessArchiveXml;
import org.camunda.bpm.application.impl.metadata.spi.ProcessesXml;
import org.junit.jupiter.api.Test;

/** The deployment descriptor the application server reads when it deploys the process archive. */
class ProcessesXmlTest {

  private static final ClassLoader CLASS_LOADER = ProcessesXmlTest.class.getClassLoader();

  @Test
  void deploysExactlyTheFiveModelsAndKeepsThemOnUndeploy() {
    URL descriptor = CLASS_LOADER.getResource("META-INF/processes.xml");
    assertThat(descriptor).isNotNull();

    // The parser validates the descriptor against Camunda's schema.
    ProcessesXml processesXml =
        new ProcessesXmlParser().createParse().sourceUrl(descriptor).execute().getProcessesXml();

    assertThat(processesXml.getProcessArchives()).hasSize(1);
    ProcessArchiveXml archive = processesXml.getProcessArchives().get(0);
    assertThat(archive.getName()).isEqualTo("reveille");
    assertThat(archive.getProcessResourceNames())
        .containsExactly(
            IncidentLifecycleTest.BPMN,
            SeverityClassificationTest.DMN,
            EscalationTest.BPMN,
            EscalationUrgencyTest.DMN,
            MaintenanceTest.BPMN,
            PostmortemReviewTest.BPMN,
            ActionItemTest.BPMN)
        .allSatisfy(resource -> assertThat(CLASS_LOADER.getResource(resource)).isNotNull());
    assertThat(archive.getProperties())
        .containsEntry(ProcessArchiveXml.PROP_IS_DELETE_UPON_UNDEPLOY, "false")
        .containsEntry(ProcessArchiveXml.PROP_IS_SCAN_FOR_PROCESS_DEFINITIONS, "false");
  }
}
