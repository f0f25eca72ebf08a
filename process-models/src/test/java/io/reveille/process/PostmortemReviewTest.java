package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import io.reveille.process.RecordingDelegate.Invocation;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A postmortem waiting for leadership, path by path: submitted Tuesday 24 November 2026 at 09:00,
 * review due Wednesday 09:00, reviewers reminded Wednesday 05:00.
 */
@Deployment(resources = PostmortemReviewTest.BPMN)
class PostmortemReviewTest {
  static final String BPMN = "bpmn/postmortem-review.bpmn";

  private static final String PROCESS_KEY = "postmortem-review";
  private static final String BUSINESS_KEY = "PM-INC-42";
  private static final String AWAIT = "SubProcess_AwaitReview";
  private static final String REMINDER_DUE = "CatchEvent_ReminderDue";
  private static final String REVIEW_DUE = "CatchEvent_ReviewDue";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  private final ModelTimers timers = new ModelTimers(engine, PROCESS_KEY);

  private final RecordingDelegate remind = new RecordingDelegate();
  private final RecordingDelegate escalate = new RecordingDelegate();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("remindPostmortemReviewers", remind);
    Mocks.register("escalateOverdueReview", escalate);
    engine.setCurrentTime(at("24T09:00"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void reviewersAreRemindedThenTheIncidentManagersToldWhenNobodyReviews() {
    ProcessInstance review = request(at("25T05:00"), at("25T09:00"));

    assertThat(review).hasBusinessKey(BUSINESS_KEY).isWaitingAtExactly(AWAIT, REMINDER_DUE);
    timers.fire(REMINDER_DUE, at("25T05:00"));

    Invocation reminded = single(remind.invocations());
    assertThat(reminded.variable("postmortemId")).isEqualTo(7L);
    assertThat(escalate.invocations()).isEmpty();

    timers.fire(REVIEW_DUE, at("25T09:00"));

    assertThat(times(escalate)).containsExactly(at("25T09:00"));
    assertThat(review)
        .isEnded()
        .hasPassedInOrder(
            "Task_RemindReviewers", "Task_EscalateOverdueReview", "EndEvent_LeftToManagers");
  }

  @Test
  void aReviewDueTooSoonForItsReminderOnlyEscalates() {
    ProcessInstance review = request(null, at("24T11:00"));

    assertThat(review).hasPassed("Gateway_Remind").isWaitingAtExactly(AWAIT, REVIEW_DUE);
    timers.fire(REVIEW_DUE, at("24T11:00"));

    assertThat(remind.invocations()).isEmpty();
    assertThat(escalate.invocations()).hasSize(1);
    assertThat(review).isEnded();
  }

  @Test
  void aDecisionBeforeTheReminderEndsEverything() {
    ProcessInstance review = request(at("25T05:00"), at("25T09:00"));
    engine.setCurrentTime(at("24T15:00"));

    assertThat(end()).hasSize(1);

    assertThat(review).isEnded().hasPassed("EndEvent_ReviewEnded");
    assertThat(timers.query().count()).isZero();
    assertThat(remind.invocations()).isEmpty();
    assertThat(escalate.invocations()).isEmpty();
  }

  @Test
  void aDecisionAfterTheReminderStopsTheEscalation() {
    ProcessInstance review = request(at("25T05:00"), at("25T09:00"));
    timers.fire(REMINDER_DUE, at("25T05:00"));
    engine.setCurrentTime(at("25T08:00"));

    end();

    assertThat(review).isEnded().hasNotPassed("Task_EscalateOverdueReview");
    assertThat(escalate.invocations()).isEmpty();
  }

  @Test
  void aDecisionAfterTheEscalationFindsNothingWaiting() {
    request(null, at("24T11:00"));
    timers.fire(REVIEW_DUE, at("24T11:00"));

    assertThat(end()).isEmpty();
  }

  private static ProcessInstance request(Date remindAt, Date due) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("postmortemId", 7L);
    variables.put("remindAt", remindAt);
    variables.put("reviewDue", due);
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, variables);
  }

  private static List<MessageCorrelationResult> end() {
    return engine
        .getRuntimeService()
        .createMessageCorrelation("PostmortemReviewEnded")
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlateAllWithResult();
  }

  private static List<Date> times(RecordingDelegate delegate) {
    return delegate.invocations().stream().map(Invocation::time).toList();
  }

  private static <T> T single(List<T> elements) {
    assertThat(elements).hasSize(1);
    return elements.get(0);
  }

  private static Date at(String dayAndTime) {
    return Date.from(Instant.parse("2026-11-" + dayAndTime + ":00Z"));
  }
}
