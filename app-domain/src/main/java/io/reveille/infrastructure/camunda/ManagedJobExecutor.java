package io.reveille.infrastructure.camunda;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;

/**
 * Runs due jobs (timers, asynchronous continuations) on the server's managed executor instead of a
 * private thread pool, so delegates get the deployment's context: CDI, JNDI, security and the
 * server's thread limits. Camunda still owns the acquisition loop.
 */
final class ManagedJobExecutor extends JobExecutor {
  private final ManagedExecutorService executor;

  ManagedJobExecutor(ManagedExecutorService executor) {
    this.executor = executor;
    setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  @Override
  protected void stopExecutingJobs() {
    stopJobAcquisitionThread();
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
