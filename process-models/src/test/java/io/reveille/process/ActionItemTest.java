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
import org.camunda.bpm.engine.runtime.Job;
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
 * One action item's reminders, path by path. Planned on Tuesday 24 November 2026 at 03:00 and due
 * by the end of Wednesday (overdue from Thursday 00:00), reminded on Wednesday 00:00, nagged every
 * {@value #EVERY} once overdue.
 */
@Deployment(resources = ActionItemTest.BPMN)
class ActionItemTest {
  static final String BPMN = "bpmn/action-item.bpmn";

  private static final String PROCESS_KEY = "action-item";
  private static final String BUSINESS_KEY = "AI-17";
  private static final String EVERY = "P2D";
  private static final String OPEN = "SubProcess_Open";
  private static final String DUE_SOON = "CatchEvent_DueSoon";
  private static final String OVERDUE = "CatchEvent_Overdue";
  private static final String STILL_OVERDUE = "CatchEvent_StillOverdue";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  private final ModelTimers timers = new ModelTimers(engine, PROCESS_KEY);

  private final RecordingDelegate remind = new RecordingDelegate();
  private final RecordingDelegate overdue = new RecordingDelegate();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("remindActionItemOwner", remind);
    Mocks.register("flagOverdueActionItem", overdue);
    engine.setCurrentTime(at("24T03:00"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void theOwnerIsRemindedWhenItFallsDueThenToldItIsOverdueAgainAndAgain() {
    ProcessInstance item = plan(at("25T00:00"), at("26T00:00"));

    assertThat(item).hasBusinessKey(BUSINESS_KEY).isWaitingAtExactly(OPEN, DUE_SOON);
    timers.fire(DUE_SOON, at("25T00:00"));

    Invocation reminder = single(remind.invocations());
    assertThat(reminder.variable("actionItemId")).isEqualTo(17L);
    assertThat(overdue.invocations()).isEmpty();
    assertThat(item).isWaitingAtExactly(OPEN, OVERDUE);

    timers.fire(OVERDUE, at("26T00:00"));
    timers.fire(STILL_OVERDUE, at("28T00:00"));
    timers.fire(STILL_OVERDUE, at("30T00:00"));

    assertThat(times(overdue)).containsExactly(at("26T00:00"), at("28T00:00"), at("30T00:00"));
    assertThat(item).isWaitingAtExactly(OPEN, STILL_OVERDUE);
    assertThat(times(remind)).containsExactly(at("25T00:00"));
  }

  @Test
  void anItemPlannedWhenAlreadyOverdueIsFlaggedAtOnceWithoutADueReminder() {
    ProcessInstance item = plan(null, at("24T00:00"));

    assertThat(item).hasPassed("Gateway_Remind").isWaitingAtExactly(OPEN, OVERDUE);
    Job due = timers.only(OVERDUE);
    assertThat(timers.query().executable().count()).as("due at once").isEqualTo(1);
    engine.getManagementService().executeJob(due.getId());

    assertThat(remind.invocations()).isEmpty();
    assertThat(overdue.invocations()).hasSize(1);
    assertThat(timers.only(STILL_OVERDUE).getDuedate()).isEqualTo(at("26T03:00"));
  }

  @Test
  void closingBeforeTheDueDateEndsEveryTimer() {
    ProcessInstance item = plan(at("25T00:00"), at("26T00:00"));
    engine.setCurrentTime(at("24T10:00"));

    assertThat(close()).hasSize(1);

    assertThat(item).isEnded().hasPassed("EndEvent_ActionItemClosed");
    assertThat(timers.query().count()).isZero();
    assertThat(remind.invocations()).isEmpty();
    assertThat(overdue.invocations()).isEmpty();
  }

  @Test
  void closingAnOverdueItemStopsTheNagging() {
    ProcessInstance item = plan(at("25T00:00"), at("26T00:00"));
    timers.fire(DUE_SOON, at("25T00:00"));
    timers.fire(OVERDUE, at("26T00:00"));
    engine.setCurrentTime(at("27T09:00"));

    close();

    assertThat(item).isEnded().hasPassed("BoundaryEvent_Closed");
    assertThat(timers.query().count()).isZero();
    assertThat(overdue.invocations()).hasSize(1);
  }

  @Test
  void aCloseNobodyWaitsForChangesNothing() {
    assertThat(close()).isEmpty();
  }

  private static ProcessInstance plan(Date remindAt, Date overdueAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("actionItemId", 17L);
    variables.put("remindAt", remindAt);
    variables.put("overdueAt", overdueAt);
    variables.put("overdueEvery", EVERY);
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, variables);
  }

  private static List<MessageCorrelationResult> close() {
    return engine
        .getRuntimeService()
        .createMessageCorrelation("ActionItemClosed")
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

  /** Day and time in November 2026 (UTC), such as {@code 24T03:00}. */
  private static Date at(String dayAndTime) {
    return Date.from(Instant.parse("2026-11-" + dayAndTime + ":00Z"));
  }
}
