package io.reveille.infrastructure.camunda;

import io.reveille.shared.ClockProducer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.net.URL;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.camunda.bpm.application.impl.metadata.ProcessesXmlParser;
import org.camunda.bpm.application.impl.metadata.spi.ProcessArchiveXml;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.jboss.logging.Logger;

/**
 * The Camunda engine embedded in Reveille: on the server's JTA transaction manager and Reveille's
 * datasource, so that an engine write and a Reveille write commit or roll back together.
 */
@ApplicationScoped
public class CamundaProcessEngine {
  private static final Logger LOG = Logger.getLogger(CamundaProcessEngine.class);
  static final String DATASOURCE = "java:jboss/datasources/ReveilleDS";
  private static final String TRANSACTION_MANAGER = "java:jboss/TransactionManager";
  private static final String EXECUTOR = "java:jboss/ee/concurrency/executor/default";

  @Inject BeanManager beanManager;

  private volatile ProcessEngine engine;

  /** Builds the engine and deploys the models listed in {@code META-INF/processes.xml}. */
  public synchronized void start() {
    if (engine != null) {
      return;
    }
    try {
      JakartaTransactionProcessEngineConfiguration configuration =
          new JakartaTransactionProcessEngineConfiguration();
      if (!ClockProducer.offset().isZero()) {
        // ClockUtil is the engine's only clock (timer due dates, job acquisition): same offset.
        ClockUtil.offset(ClockProducer.offset().toMillis());
      }
      configuration.setProcessEngineName("reveille");
      configuration.setDataSource(InitialContext.doLookup(DATASOURCE));
      configuration.setTransactionManager(
          (TransactionManager) InitialContext.doLookup(TRANSACTION_MANAGER));
      configuration.setTransactionsExternallyManaged(true);
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setExpressionManager(new CdiExpressionManager(beanManager));
      DefaultDmnEngineConfiguration decisions =
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      decisions.setFeelEngineFactory(CachingFeelEngine.factory());
      configuration.setDmnEngineConfiguration(decisions);
      // Ids that several nodes can generate without a shared block table.
      configuration.setIdGenerator(new StrongUuidGenerator());
      configuration.setMetricsEnabled(false);
      configuration.setDbMetricsReporterActivate(false);
      configuration.setJobExecutorDeploymentAware(false);
      configuration.setJobExecutorActivate(true);
      configuration.setJobExecutorAcquireByDueDate(true);
      configuration.setJobExecutor(jobExecutor());
      engine = configuration.buildProcessEngine();
      deployModels();
      LOG.infof("Process engine '%s' started", engine.getName());
    } catch (NamingException e) {
      throw new IllegalStateException(
          "The server resources the process engine needs are missing", e);
    }
  }

  /**
   * A timer that falls due alone is noticed by polling: an idle acquisition loop backs off up to
   * {@code maxWait}. 400 ms leaves most of the one-second budget for running the job and sending
   * (at 1,000 ms a lone level timer fired up to 1.02 s late); the idle poll is one indexed query.
   */
  private ManagedJobExecutor jobExecutor() throws NamingException {
    ManagedJobExecutor jobExecutor = new ManagedJobExecutor(InitialContext.doLookup(EXECUTOR));
    jobExecutor.setWaitTimeInMillis(250);
    jobExecutor.setMaxWait(400);
    jobExecutor.setMaxBackoff(1000);
    jobExecutor.setMaxJobsPerAcquisition(10);
    // A job locked by a node that then died waits for its lock to run out before another node (or
    // the same one restarted) runs it: Camunda's 5 minutes would hold an escalation level that
    // long.
    // Reveille's jobs take milliseconds (sending goes through the outbox), so 30 s is ample.
    jobExecutor.setLockTimeInMillis(30_000);
    return jobExecutor;
  }

  private void deployModels() {
    URL processesXml = getClass().getClassLoader().getResource("META-INF/processes.xml");
    if (processesXml == null) {
      throw new IllegalStateException("META-INF/processes.xml is missing from the deployment");
    }
    List<ProcessArchiveXml> archives =
        new ProcessesXmlParser()
            .createParse()
            .sourceUrl(processesXml)
            .execute()
            .getProcessesXml()
            .getProcessArchives();
    for (ProcessArchiveXml archive : archives) {
      DeploymentBuilder deployment =
          engine
              .getRepositoryService()
              .createDeployment()
              .name(archive.getName())
              .enableDuplicateFiltering(true);
      for (String resource : archive.getProcessResourceNames()) {
        deployment.addClasspathResource(resource);
      }
      var result = deployment.deploy();
      LOG.infof(
          "Process models of '%s' deployed (deployment %s)", archive.getName(), result.getId());
    }
  }

  public ProcessEngine engine() {
    ProcessEngine current = engine;
    if (current == null) {
      throw new IllegalStateException("The process engine has not been started");
    }
    return current;
  }

  public boolean isRunning() {
    return engine != null;
  }

  @PreDestroy
  synchronized void stop() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
