package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import io.reveille.process.EscalationDelegates.Page;
import io.reveille.process.RecordingDelegate.Invocation;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The escalation on its own, path by path. Every test starts at 03:00 on a Tuesday, outside
 * business hours, which start at 09:00; each level waits {@value EscalationDelegates#LEVEL_WAIT}.
 */
@Deployment(resources = {EscalationTest.BPMN, EscalationUrgencyTest.DMN})
class EscalationTest {

  static final String BPMN = "bpmn/escalation.bpmn";

  private static final String PROCESS_KEY = "escalation";
  private static final String INCIDENT_NUMBER = "INC-42";
  private static final long INCIDENT_ID = 42L;

  private static final String LEVEL_UNANSWERED = "CatchEvent_LevelUnanswered";
  private static final String BUSINESS_HOURS_START = "CatchEvent_BusinessHoursStart";
  private static final String RESPONDER_SILENT = "CatchEvent_ResponderSilent";
  private static final String REPAGE_UNANSWERED = "CatchEvent_RepageUnanswered";

  private static final EscalationPlan THREE_LEVELS_AT_NIGHT =
      EscalationPlan.policy(3, 1).outsideBusinessHoursUntil(at("09:00"));
  private static final EscalationPlan TWO_LEVELS_TWICE_AT_NIGHT =
      EscalationPlan.policy(2, 2).outsideBusinessHoursUntil(at("09:00"));

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  private final EscalationDelegates delegates = new EscalationDelegates(THREE_LEVELS_AT_NIGHT);

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    delegates.register();
    engine.setCurrentTime(at("03:00"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void aSev1AtNightPagesLevelAfterLevelUntilSomeoneAcknowledges() {
    ProcessInstance escalation = start("SEV1");

    assertThat(escalation)
        .hasBusinessKey(INCIDENT_NUMBER)
        .hasPassedInOrder("Task_PlanEscalation", "Task_DecideUrgency", "Task_PageLevel")
        .isWaitingAtExactly("Gateway_AwaitAcknowledgement")
        .isWaitingFor("EscalationAcknowledged");
    assertThat(delegates.pages()).containsExactly(page(0, 0, "03:00"));
    Invocation firstPage = delegates.pageLevel.invocations().get(0);
    assertThat(firstPage.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(firstPage.variable("incidentId")).isEqualTo(INCIDENT_ID);
    assertThat(firstPage.variable("urgency")).isEqualTo("PAGE_NOW");
    assertThat(firstPage.variable("urgencyReason"))
        .isEqualTo("SEV1 pages the on-call engineers at once, day or night.");

    fire(LEVEL_UNANSWERED, at("03:05"));
    assertThat(delegates.pages()).containsExactly(page(0, 0, "03:00"), page(1, 0, "03:05"));
    fire(LEVEL_UNANSWERED, at("03:10"));
    engine.setCurrentTime(at("03:12"));

    acknowledge("alice");

    assertThat(delegates.pages())
        .containsExactly(page(0, 0, "03:00"), page(1, 0, "03:05"), page(2, 0, "03:10"));
    assertThat(escalation)
        .hasPassed("CatchEvent_Acknowledged")
        .isWaitingAtExactly("Gateway_WatchResponder")
        .isWaitingFor("ResponderActive")
        .isNotWaitingFor("EscalationSeverityRaised");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate()).isEqualTo(at("03:42"));
    engine.setCurrentTime(at("03:41"));
    assertThat(timers().executable().count()).as("timers due at 03:41").isZero();
    assertThat(delegates.pages()).hasSize(3);
    assertThat(delegates.postToChat.invocations()).isEmpty();
    assertThat(delegates.alertIncidentManagers.invocations()).isEmpty();
  }

  @Test
  void unansweredRoundsRepeatThePolicyThenAlertTheIncidentManagersOnce() {
    delegates.plan(TWO_LEVELS_TWICE_AT_NIGHT);
    ProcessInstance escalation = start("SEV2");
    fire(LEVEL_UNANSWERED, at("03:05"));
    fire(LEVEL_UNANSWERED, at("03:10"));
    fire(LEVEL_UNANSWERED, at("03:15"));
    assertThat(delegates.alertIncidentManagers.invocations()).isEmpty();

    fire(LEVEL_UNANSWERED, at("03:20"));

    assertThat(delegates.pages())
        .containsExactly(
            page(0, 0, "03:00"), page(1, 0, "03:05"), page(0, 1, "03:10"), page(1, 1, "03:15"));
    Invocation alert = single(delegates.alertIncidentManagers.invocations());
    assertThat(alert.time()).isEqualTo(at("03:20"));
    assertThat(alert.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(escalation)
        .isWaitingAtExactly("CatchEvent_AcknowledgedAfterAlert")
        .isWaitingFor("EscalationAcknowledged");
    assertThat(timers().count()).as("timers after the alert").isZero();

    engine.setCurrentTime(at("08:00"));
    acknowledge("bob");

    assertThat(escalation).isWaitingAtExactly("Gateway_WatchResponder");
    assertThat(variable(escalation, "acknowledgedBy")).isEqualTo("bob");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate()).isEqualTo(at("08:30"));
    assertThat(delegates.alertIncidentManagers.invocations()).hasSize(1);
    assertThat(delegates.pages()).hasSize(4);
    assertThat(passes("Task_NextRound")).hasSize(1);
  }

  @Test
  void aSev3AtNightIsPostedToChatAndPagesWhenBusinessHoursStart() {
    ProcessInstance escalation = start("SEV3");

    assertThat(escalation)
        .isWaitingAtExactly("Gateway_WaitForBusinessHours")
        .isWaitingFor("EscalationAcknowledged", "EscalationSeverityRaised");
    Invocation posted = single(delegates.postToChat.invocations());
    assertThat(posted.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(posted.variable("incidentId")).isEqualTo(INCIDENT_ID);
    assertThat(posted.variable("urgency")).isEqualTo("CHAT_UNTIL_BUSINESS_HOURS");
    assertThat(posted.variable("urgencyReason"))
        .isEqualTo(
            "SEV3 outside business hours is posted to chat now and pages when the next business"
                + " day starts.");
    assertThat(engine.getRuntimeService().getVariables(escalation.getId()))
        .as("the decision's result is kept as two plain variables")
        .containsEntry("urgency", "CHAT_UNTIL_BUSINESS_HOURS")
        .doesNotContainKey("decisionResult");
    assertThat(delegates.pages()).isEmpty();
    engine.setCurrentTime(at("08:59"));
    assertThat(timers().executable().count()).as("timers due at 08:59").isZero();

    fire(BUSINESS_HOURS_START, at("09:00"));

    assertThat(delegates.pages()).containsExactly(page(0, 0, "09:00"));
    assertThat(escalation).isWaitingAtExactly("Gateway_AwaitAcknowledgement");
    assertThat(onlyTimer(LEVEL_UNANSWERED).getDuedate()).isEqualTo(at("09:05"));
    assertThat(delegates.postToChat.invocations()).hasSize(1);
  }

  @Test
  void aSev3AcknowledgedInChatBeforeBusinessHoursIsNeverPaged() {
    ProcessInstance escalation = start("SEV3");
    engine.setCurrentTime(at("03:20"));

    acknowledge("carol");

    assertThat(escalation)
        .hasPassed("CatchEvent_AcknowledgedBeforeBusinessHours")
        .isWaitingAtExactly("Gateway_WatchResponder")
        .isNotWaitingFor("EscalationSeverityRaised");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate())
        .as("the business hours timer is gone")
        .isEqualTo(at("03:50"));
    assertThat(escalation).hasNotPassed("CatchEvent_BusinessHoursStart", "Task_PageLevel");
    assertThat(delegates.pages()).isEmpty();
  }

  @Test
  void aSev3RaisedToSev1AtNightIsPlannedAgainAndPagesAtOnce() {
    ProcessInstance escalation = start("SEV3");
    engine.setCurrentTime(at("03:30"));

    raiseSeverity("SEV1");

    assertThat(delegates.planEscalation.invocations())
        .extracting(invocation -> invocation.variable("severity"))
        .containsExactly("SEV3", "SEV1");
    assertThat(delegates.pages()).containsExactly(page(0, 0, "03:30"));
    assertThat(delegates.pageLevel.invocations().get(0).variable("urgency")).isEqualTo("PAGE_NOW");
    assertThat(delegates.postToChat.invocations()).hasSize(1);
    assertThat(escalation)
        .hasPassed("CatchEvent_SeverityRaised")
        .isWaitingAtExactly("Gateway_AwaitAcknowledgement")
        .isNotWaitingFor("EscalationSeverityRaised");
    assertThat(onlyTimer(LEVEL_UNANSWERED).getDuedate())
        .as("the business hours timer is gone")
        .isEqualTo(at("03:35"));
  }

  @Test
  void aSev3WithinBusinessHoursPagesAtOnce() {
    delegates.plan(EscalationPlan.policy(3, 1).withinBusinessHours(at("09:00")));
    engine.setCurrentTime(at("11:00"));

    ProcessInstance escalation = start("SEV3");

    assertThat(delegates.pages()).containsExactly(page(0, 0, "11:00"));
    assertThat(delegates.pageLevel.invocations().get(0).variable("urgencyReason"))
        .isEqualTo("SEV3 during business hours pages the on-call engineers at once.");
    assertThat(delegates.postToChat.invocations()).isEmpty();
    assertThat(escalation).isWaitingAtExactly("Gateway_AwaitAcknowledgement");
    assertThat(onlyTimer(LEVEL_UNANSWERED).getDuedate()).isEqualTo(at("11:05"));
  }

  @Test
  void withoutAPolicyTheEscalationEndsAndNobodyIsPaged() {
    delegates.plan(EscalationPlan.noPolicy());

    ProcessInstance escalation = start("SEV1");

    assertThat(escalation)
        .isEnded()
        .hasPassedInOrder("Task_PlanEscalation", "EndEvent_NobodyToPage")
        .hasNotPassed("Task_DecideUrgency");
    assertThat(delegates.pages()).isEmpty();
    assertThat(delegates.postToChat.invocations()).isEmpty();
    assertThat(timers().count()).isZero();
    assertThat(acknowledge("alice")).as("acknowledging an ended escalation").isEmpty();
  }

  @Test
  void aSilentResponderIsPagedAgainAndEverySignOfLifeRestartsTheWait() {
    ProcessInstance escalation = start("SEV1");
    engine.setCurrentTime(at("03:02"));
    acknowledge("alice");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate()).isEqualTo(at("03:32"));
    assertThat(acknowledge("bob")).as("a second acknowledgement while watching").isEmpty();
    assertThat(variable(escalation, "acknowledgedBy")).isEqualTo("alice");
    engine.setCurrentTime(at("03:20"));

    responderActive();

    assertThat(escalation).isWaitingAtExactly("Gateway_WatchResponder");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate())
        .as("silence timer after a sign of life")
        .isEqualTo(at("03:50"));

    fire(RESPONDER_SILENT, at("03:50"));

    Invocation repage = single(delegates.repageResponder.invocations());
    assertThat(repage.variable("acknowledgedBy")).isEqualTo("alice");
    assertThat(repage.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(repage.time()).isEqualTo(at("03:50"));
    assertThat(escalation)
        .isWaitingAtExactly("Gateway_AwaitReacknowledgement")
        .isWaitingFor("EscalationAcknowledged", "ResponderActive");
    assertThat(onlyTimer(REPAGE_UNANSWERED).getDuedate()).isEqualTo(at("04:00"));

    engine.setCurrentTime(at("03:55"));
    acknowledge("alice");

    assertThat(escalation).isWaitingAtExactly("Gateway_WatchResponder");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate()).isEqualTo(at("04:25"));

    fire(RESPONDER_SILENT, at("04:25"));
    engine.setCurrentTime(at("04:30"));
    responderActive();

    assertThat(delegates.repageResponder.invocations()).hasSize(2);
    assertThat(escalation)
        .hasPassed("CatchEvent_Reacknowledged", "CatchEvent_ResponderActiveAfterRepage")
        .isWaitingAtExactly("Gateway_WatchResponder");
    assertThat(onlyTimer(RESPONDER_SILENT).getDuedate()).isEqualTo(at("05:00"));
    assertThat(delegates.pages()).as("pages of the levels").containsExactly(page(0, 0, "03:00"));
  }

  @Test
  void anUnansweredRepageStartsTheWholeEscalationOver() {
    delegates.plan(TWO_LEVELS_TWICE_AT_NIGHT);
    ProcessInstance escalation = start("SEV1");
    fire(LEVEL_UNANSWERED, at("03:05"));
    fire(LEVEL_UNANSWERED, at("03:10"));
    engine.setCurrentTime(at("03:12"));
    acknowledge("bob");
    fire(RESPONDER_SILENT, at("03:42"));

    fire(REPAGE_UNANSWERED, at("03:52"));

    assertThat(escalation)
        .hasPassed("Task_StartOver")
        .isWaitingAtExactly("Gateway_AwaitAcknowledgement");
    assertThat(delegates.pages())
        .containsExactly(
            page(0, 0, "03:00"), page(1, 0, "03:05"), page(0, 1, "03:10"), page(0, 0, "03:52"));
    assertThat(onlyTimer(LEVEL_UNANSWERED).getDuedate()).isEqualTo(at("03:57"));

    fire(LEVEL_UNANSWERED, at("03:57"));
    fire(LEVEL_UNANSWERED, at("04:02"));
    fire(LEVEL_UNANSWERED, at("04:07"));
    fire(LEVEL_UNANSWERED, at("04:12"));

    assertThat(delegates.pages())
        .as("pages after starting over: the whole policy again")
        .endsWith(
            page(0, 0, "03:52"), page(1, 0, "03:57"), page(0, 1, "04:02"), page(1, 1, "04:07"))
        .hasSize(7);
    assertThat(single(delegates.alertIncidentManagers.invocations()).time()).isEqualTo(at("04:12"));
    assertThat(escalation).isWaitingAtExactly("CatchEvent_AcknowledgedAfterAlert");
  }

  @Test
  void aMessageNobodyWaitsForChangesNothing() {
    ProcessInstance escalation = start("SEV1");

    assertThat(responderActive()).isEmpty();
    assertThat(raiseSeverity("SEV2")).isEmpty();

    assertThat(escalation).isWaitingAtExactly("Gateway_AwaitAcknowledgement");
    assertThat(variable(escalation, "severity")).isEqualTo("SEV1");
    assertThat(delegates.planEscalation.invocations()).hasSize(1);
    assertThat(delegates.pages()).containsExactly(page(0, 0, "03:00"));
    assertThat(onlyTimer(LEVEL_UNANSWERED).getDuedate()).isEqualTo(at("03:05"));
  }

  private static ProcessInstance start(String severity) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            INCIDENT_NUMBER,
            Variables.createVariables()
                .putValue("incidentId", INCIDENT_ID)
                .putValue("severity", severity));
  }

  private static List<MessageCorrelationResult> acknowledge(String username) {
    return send("EscalationAcknowledged", Map.of("acknowledgedBy", username));
  }

  private static List<MessageCorrelationResult> raiseSeverity(String severity) {
    return send("EscalationSeverityRaised", Map.of("severity", severity));
  }

  private static List<MessageCorrelationResult> responderActive() {
    return send("ResponderActive", Map.of());
  }

  /** As the application sends them: by business key, to every instance waiting; maybe none. */
  private static List<MessageCorrelationResult> send(
      String messageName, Map<String, Object> variables) {
    return engine
        .getRuntimeService()
        .createMessageCorrelation(messageName)
        .processInstanceBusinessKey(INCIDENT_NUMBER)
        .setVariables(variables)
        .correlateAllWithResult();
  }

  /**
   * Checks that the escalation's only job is the timer of the given catch event, due at {@code due}
   * and not before, then moves the clock there and runs it.
   */
  private static void fire(String catchEventId, Date due) {
    Job timer = onlyTimer(catchEventId);
    assertThat(timer.getDuedate()).as("due date of %s", catchEventId).isEqualTo(due);
    assertThat(timers().executable().count()).as("timers due before %s", due).isZero();
    engine.setCurrentTime(due);
    engine.getManagementService().executeJob(timer.getId());
  }

  /** The escalation's only job, which must be a timer of the given catch event. */
  private static Job onlyTimer(String catchEventId) {
    assertThat(engine.getManagementService().createJobQuery().count())
        .as("jobs other than timers")
        .isEqualTo(timers().count());
    Job timer = single(timers().list());
    assertThat(activityOf(timer)).isEqualTo(catchEventId);
    return timer;
  }

  private static JobQuery timers() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(PROCESS_KEY)
        .timers();
  }

  /** The id of the activity (here: the catch event) a job belongs to. */
  private static String activityOf(Job job) {
    return engine
        .getManagementService()
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private static Object variable(ProcessInstance escalation, String name) {
    return engine.getRuntimeService().getVariable(escalation.getId(), name);
  }

  /** Every time the escalation reached the given activity, oldest first. */
  private static List<HistoricActivityInstance> passes(String activityId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .activityId(activityId)
        .orderPartiallyByOccurrence()
        .asc()
        .list();
  }

  private static Page page(int level, int round, String time) {
    return new Page(level, round, at(time).toInstant());
  }

  private static <T> T single(List<T> elements) {
    assertThat(elements).hasSize(1);
    return elements.get(0);
  }

  /** A time of day on Tuesday, 4 March 2025 (UTC). */
  private static Date at(String time) {
    return Date.from(Instant.parse("2025-03-04T" + time + ":00Z"));
  }
}
