package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.reveille.process.RecordingDelegate.Invocation;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One maintenance window, path by path. Every test schedules it at 03:00 for 05:00 to 06:00 with a
 * reminder at 04:00 (unless it says otherwise); verification waits {@value #VERIFICATION_TIMEOUT}
 * for a confirmation.
 */
@Deployment(resources = MaintenanceTest.BPMN)
class MaintenanceTest {

  static final String BPMN = "bpmn/maintenance.bpmn";

  private static final String PROCESS_KEY = "maintenance";
  private static final String BUSINESS_KEY = "MNT-7";
  private static final long MAINTENANCE_ID = 7L;
  private static final String VERIFICATION_TIMEOUT = "PT1H";

  private static final String WINDOW = "SubProcess_Window";
  private static final String REMINDER_DUE = "CatchEvent_ReminderDue";
  private static final String START_TIME = "CatchEvent_StartTime";
  private static final String END_TIME = "CatchEvent_EndTime";
  private static final String NOBODY_CONFIRMED = "BoundaryEvent_NobodyConfirmed";
  private static final String CONFIRM = "Task_ConfirmComplete";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  private final ModelTimers timers = new ModelTimers(engine, PROCESS_KEY);

  private final RecordingDelegate remind = new RecordingDelegate();
  private final RecordingDelegate start = new RecordingDelegate();
  private final RecordingDelegate verify = new RecordingDelegate();
  private final RecordingDelegate complete = new RecordingDelegate();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("remindMaintenanceSubscribers", remind);
    Mocks.register("startMaintenance", start);
    Mocks.register("verifyMaintenance", verify);
    Mocks.register("completeMaintenance", complete);
    engine.setCurrentTime(at("03:00"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void aWindowRemindsStartsVerifiesAndCompletesWhenConfirmed() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), at("04:00"));

    assertThat(window).hasBusinessKey(BUSINESS_KEY).isWaitingAtExactly(WINDOW, REMINDER_DUE);
    timers.fire(REMINDER_DUE, at("04:00"));

    Invocation reminder = single(remind.invocations());
    assertThat(reminder.businessKey()).isEqualTo(BUSINESS_KEY);
    assertThat(reminder.variable("maintenanceId")).isEqualTo(MAINTENANCE_ID);
    assertThat(start.invocations()).isEmpty();

    timers.fire(START_TIME, at("05:00"));

    assertThat(times(start)).containsExactly(at("05:00"));
    assertThat(window).isWaitingAtExactly(WINDOW, END_TIME);
    assertThat(variable(window, "started")).isEqualTo(true);

    timers.fire(END_TIME, at("06:00"));

    assertThat(times(verify)).containsExactly(at("06:00"));
    assertThat(window).isWaitingAtExactly(WINDOW, CONFIRM);
    assertThat(candidateGroups(task(window)))
        .containsExactlyInAnyOrder("incident-manager", "admin");
    assertThat(task(window).getName()).isEqualTo("Confirm the maintenance is complete");
    assertThat(timers.only(NOBODY_CONFIRMED).getDuedate()).isEqualTo(at("07:00"));
    assertThat(complete.invocations()).isEmpty();
    engine.setCurrentTime(at("06:20"));

    confirm(window, "alice");

    Invocation completed = single(complete.invocations());
    assertThat(completed.variable("confirmedBy")).isEqualTo("alice");
    assertThat(completed.time()).isEqualTo(at("06:20"));
    assertThat(window)
        .isEnded()
        .hasPassedInOrder(
            "Task_RemindSubscribers",
            "Task_StartMaintenance",
            "Task_VerifyMaintenance",
            CONFIRM,
            "Task_CompleteMaintenance",
            "EndEvent_MaintenanceCompleted");
    assertThat(timers.query().count()).isZero();
    assertThat(single(remind.invocations())).isSameAs(reminder);
  }

  @Test
  void whenNobodyConfirmsTheWindowCompletesOnItsOwn() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), at("04:00"));
    timers.fire(REMINDER_DUE, at("04:00"));
    timers.fire(START_TIME, at("05:00"));
    timers.fire(END_TIME, at("06:00"));
    engine.setCurrentTime(at("06:59"));
    assertThat(timers.query().executable().count()).as("timers due at 06:59").isZero();

    timers.fire(NOBODY_CONFIRMED, at("07:00"));

    Invocation completed = single(complete.invocations());
    assertThat(completed.variables()).containsEntry("confirmedBy", null);
    assertThat(completed.time()).isEqualTo(at("07:00"));
    assertThat(window)
        .isEnded()
        .hasPassedInOrder(NOBODY_CONFIRMED, "EndEvent_MaintenanceCompleted");
    assertThat(engine.getTaskService().createTaskQuery().count()).as("open tasks").isZero();
  }

  @Test
  void aWindowTooCloseForItsReminderStartsWithoutOne() {
    ProcessInstance window = schedule(at("03:10"), at("04:00"), null);

    assertThat(window).hasPassed("Gateway_Remind").isWaitingAtExactly(WINDOW, START_TIME);
    timers.fire(START_TIME, at("03:10"));
    timers.fire(END_TIME, at("04:00"));

    assertThat(remind.invocations()).isEmpty();
    assertThat(times(start)).containsExactly(at("03:10"));
    assertThat(window).isWaitingAtExactly(WINDOW, CONFIRM);
  }

  @Test
  void reschedulingBeforeTheStartMovesEveryTimerAndRemindsAgainBeforeTheNewStart() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), at("04:00"));
    timers.fire(REMINDER_DUE, at("04:00"));
    engine.setCurrentTime(at("04:30"));

    assertThat(reschedule(at("08:00"), at("09:00"), at("07:00"))).hasSize(1);

    assertThat(window)
        .hasPassed("BoundaryEvent_Rescheduled")
        .isWaitingAtExactly(WINDOW, REMINDER_DUE);
    assertThat(start.invocations()).as("the old start passed nothing").isEmpty();
    timers.fire(REMINDER_DUE, at("07:00"));
    timers.fire(START_TIME, at("08:00"));
    timers.fire(END_TIME, at("09:00"));

    assertThat(times(remind)).containsExactly(at("04:00"), at("07:00"));
    assertThat(times(start)).containsExactly(at("08:00"));
    assertThat(times(verify)).containsExactly(at("09:00"));
    assertThat(timers.only(NOBODY_CONFIRMED).getDuedate()).isEqualTo(at("10:00"));
  }

  @Test
  void reschedulingAWindowInProgressOnlyMovesItsEnd() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), at("04:00"));
    timers.fire(REMINDER_DUE, at("04:00"));
    timers.fire(START_TIME, at("05:00"));
    engine.setCurrentTime(at("05:30"));

    reschedule(at("05:00"), at("07:30"), null);

    assertThat(window).isWaitingAtExactly(WINDOW, END_TIME);
    assertThat(timers.only(END_TIME).getDuedate()).isEqualTo(at("07:30"));
    timers.fire(END_TIME, at("07:30"));
    assertThat(times(start)).as("started once").containsExactly(at("05:00"));
    assertThat(times(verify)).containsExactly(at("07:30"));
    assertThat(window).isWaitingAtExactly(WINDOW, CONFIRM);
  }

  @Test
  void reschedulingWhileVerifyingWaitsForTheNewEndAndAsksAgain() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), at("04:00"));
    timers.fire(REMINDER_DUE, at("04:00"));
    timers.fire(START_TIME, at("05:00"));
    timers.fire(END_TIME, at("06:00"));
    engine.setCurrentTime(at("06:10"));

    reschedule(at("05:00"), at("06:45"), null);

    assertThat(window).isWaitingAtExactly(WINDOW, END_TIME);
    assertThat(engine.getTaskService().createTaskQuery().count()).as("open tasks").isZero();
    timers.fire(END_TIME, at("06:45"));
    assertThat(times(verify)).containsExactly(at("06:00"), at("06:45"));
    assertThat(window).isWaitingAtExactly(WINDOW, CONFIRM);
    assertThat(timers.only(NOBODY_CONFIRMED).getDuedate()).isEqualTo(at("07:45"));
    assertThat(times(start)).containsExactly(at("05:00"));
    assertThat(complete.invocations()).isEmpty();
  }

  @Test
  void cancellingBeforeTheStartEndsTheWindowWithoutTouchingAnything() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), at("04:00"));
    engine.setCurrentTime(at("03:30"));

    assertThat(cancel()).hasSize(1);

    assertThat(window).isEnded().hasPassed("EndEvent_MaintenanceCancelled");
    assertThat(timers.query().count()).isZero();
    assertThat(remind.invocations()).isEmpty();
    assertThat(start.invocations()).isEmpty();
    assertThat(complete.invocations()).isEmpty();
  }

  @Test
  void cancellingAWindowInProgressEndsItWithoutCompletingIt() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), null);
    timers.fire(START_TIME, at("05:00"));
    engine.setCurrentTime(at("05:20"));

    cancel();

    assertThat(window)
        .isEnded()
        .hasPassed("EndEvent_MaintenanceCancelled")
        .hasNotPassed("Task_VerifyMaintenance", "Task_CompleteMaintenance");
    assertThat(timers.query().count()).isZero();
    assertThat(verify.invocations()).isEmpty();
  }

  @Test
  void aMessageNobodyWaitsForChangesNothing() {
    ProcessInstance window = schedule(at("05:00"), at("06:00"), null);
    timers.fire(START_TIME, at("05:00"));
    timers.fire(END_TIME, at("06:00"));
    confirm(window, "alice");

    assertThat(reschedule(at("07:00"), at("08:00"), null)).isEmpty();
    assertThat(cancel()).isEmpty();

    assertThat(window).isEnded().hasNotPassed("EndEvent_MaintenanceCancelled");
    assertThat(complete.invocations()).hasSize(1);
  }

  private static ProcessInstance schedule(Date startsAt, Date endsAt, Date remindAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("maintenanceId", MAINTENANCE_ID);
    variables.put("startsAt", startsAt);
    variables.put("endsAt", endsAt);
    variables.put("remindAt", remindAt);
    variables.put("started", false);
    variables.put("verificationTimeout", VERIFICATION_TIMEOUT);
    variables.put("confirmedBy", null);
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY, variables);
  }

  /** As the application sends it: by business key, to whatever waits; maybe nothing. */
  private static List<MessageCorrelationResult> reschedule(
      Date startsAt, Date endsAt, Date remindAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("startsAt", startsAt);
    variables.put("endsAt", endsAt);
    variables.put("remindAt", remindAt);
    return engine
        .getRuntimeService()
        .createMessageCorrelation("MaintenanceRescheduled")
        .processInstanceBusinessKey(BUSINESS_KEY)
        .setVariables(variables)
        .correlateAllWithResult();
  }

  private static List<MessageCorrelationResult> cancel() {
    return engine
        .getRuntimeService()
        .createMessageCorrelation("MaintenanceCancelled")
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlateAllWithResult();
  }

  private static void confirm(ProcessInstance window, String username) {
    engine.getTaskService().complete(task(window).getId(), Map.of("confirmedBy", username));
  }

  private static List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private static Object variable(ProcessInstance window, String name) {
    return engine.getRuntimeService().getVariable(window.getId(), name);
  }

  private static List<Date> times(RecordingDelegate delegate) {
    return delegate.invocations().stream().map(Invocation::time).toList();
  }

  private static <T> T single(List<T> elements) {
    assertThat(elements).hasSize(1);
    return elements.get(0);
  }

  /** A time of day on Tuesday, 24 November 2026 (UTC). */
  private static Date at(String time) {
    return Date.from(Instant.parse("2026-11-24T" + time + ":00Z"));
  }
}
