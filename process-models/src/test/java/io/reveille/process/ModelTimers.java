package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The timers of one process model on the test engine, fired one at a time under a controlled clock:
 * each step checks that the only job waiting is the expected event's timer, due exactly when the
 * model says and nothing due before it.
 */
final class ModelTimers {
  private final ProcessEngineExtension engine;
  private final String processKey;

  ModelTimers(ProcessEngineExtension engine, String processKey) {
    this.engine = engine;
    this.processKey = processKey;
  }

  /** Checks the only job is this event's timer, due at {@code due}; moves the clock and runs it. */
  void fire(String eventId, Date due) {
    Job timer = only(eventId);
    assertThat(timer.getDuedate()).as("due date of %s", eventId).isEqualTo(due);
    assertThat(query().executable().count()).as("timers due before %s", due).isZero();
    engine.setCurrentTime(due);
    engine.getManagementService().executeJob(timer.getId());
  }

  /** The one job waiting, which must be the timer of {@code eventId}. */
  Job only(String eventId) {
    assertThat(engine.getManagementService().createJobQuery().count())
        .as("jobs other than timers")
        .isEqualTo(query().count());
    assertThat(query().list()).hasSize(1);
    Job timer = query().list().get(0);
    assertThat(
            engine
                .getManagementService()
                .createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId())
                .singleResult()
                .getActivityId())
        .isEqualTo(eventId);
    return timer;
  }

  /** The model's timer jobs. */
  JobQuery query() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers();
  }
}
