package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.process.RecordingDelegate.Invocation;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Test doubles for the five delegates of the {@code escalation} process, as one fixture: the
 * lifecycle's tests need them as much as the escalation's own.
 */
final class EscalationDelegates {

  /** How long every level waits for an acknowledgement, as {@code pageLevel} sets it. */
  static final String LEVEL_WAIT = "PT5M";

  /** One call of {@code pageLevel}: which level of which round, and when. */
  record Page(int level, int round, Instant at) {

    static Page of(Invocation invocation) {
      // The application reads both as Integer: JUEL arithmetic in the model must not make them
      // Long.
      Object level = invocation.variable("level");
      Object round = invocation.variable("round");
      assertThat(level).as("level").isInstanceOf(Integer.class);
      assertThat(round).as("round").isInstanceOf(Integer.class);
      return new Page((Integer) level, (Integer) round, invocation.time().toInstant());
    }
  }

  private EscalationPlan plan;

  final RecordingDelegate planEscalation =
      new RecordingDelegate(execution -> plan.applyTo(execution));
  final RecordingDelegate postToChat = new RecordingDelegate();
  final RecordingDelegate pageLevel =
      new RecordingDelegate(execution -> execution.setVariable("levelWait", LEVEL_WAIT));
  final RecordingDelegate alertIncidentManagers = new RecordingDelegate();
  final RecordingDelegate repageResponder = new RecordingDelegate();

  EscalationDelegates(EscalationPlan plan) {
    this.plan = plan;
  }

  /** What {@code planEscalation} finds from now on. */
  void plan(EscalationPlan plan) {
    this.plan = plan;
  }

  void register() {
    Mocks.register("planEscalation", planEscalation);
    Mocks.register("postToChat", postToChat);
    Mocks.register("pageLevel", pageLevel);
    Mocks.register("alertIncidentManagers", alertIncidentManagers);
    Mocks.register("repageResponder", repageResponder);
  }

  /** Every page so far, oldest first. */
  List<Page> pages() {
    return pageLevel.invocations().stream().map(Page::of).toList();
  }
}
