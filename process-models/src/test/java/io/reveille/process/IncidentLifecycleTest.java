package io.reveille.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.reveille.process.EscalationDelegates.Page;
import io.reveille.process.RecordingDelegate.Invocation;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      IncidentLifecycleTest.BPMN,
      SeverityClassificationTest.DMN,
      EscalationTest.BPMN,
      EscalationUrgencyTest.DMN
    })
class IncidentLifecycleTest {

  static final String BPMN = "bpmn/incident-lifecycle.bpmn";

  private static final String PROCESS_KEY = "incident-lifecycle";
  private static final String INCIDENT_NUMBER = "INC-1";
  private static final long INCIDENT_ID = 1L;

  private static final Impact INTERNAL_ONLY = new Impact("none", false, false, false, false);
  private static final Impact CRITICAL_FUNCTION_DOWN_FOR_SOME =
      new Impact("some", false, false, true, false);
  private static final Impact ALL_CUSTOMERS = new Impact("all", false, false, false, false);
  private static final Impact CRITICAL_FUNCTION_DOWN_FOR_NONE =
      new Impact("none", false, false, true, false);

  private static final Date DECLARED_AT = at("2025-03-01T10:00:00Z");
  private static final Date ASSIGN_COMMANDER_DUE = at("2025-03-01T10:05:00Z");
  private static final Date FIRST_UPDATE_DUE = at("2025-03-01T10:15:00Z");
  private static final Date POSTMORTEM_DUE = at("2025-03-06T17:00:00Z");
  private static final Date REVIEW_DUE = at("2025-03-10T17:00:00Z");
  private static final Date SECOND_REVIEW_DUE = at("2025-03-12T17:00:00Z");

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

  private final RecordingDelegate recordSeverity = new RecordingDelegate();
  private final RecordingDelegate closeIncident = new RecordingDelegate();
  private final RecordingDelegate flagOverdueStep = new RecordingDelegate();
  private final RecordingDelegate remindCommunicationsLead = new RecordingDelegate();
  private final RecordingDelegate alertCommanderUpdateOverdue = new RecordingDelegate();

  /** Without a policy the escalation ends at once; the tests of the escalation set one. */
  private final EscalationDelegates escalation = new EscalationDelegates(EscalationPlan.noPolicy());

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("recordSeverity", recordSeverity);
    Mocks.register("closeIncident", closeIncident);
    Mocks.register("flagOverdueStep", flagOverdueStep);
    Mocks.register("remindCommunicationsLead", remindCommunicationsLead);
    Mocks.register("alertCommanderUpdateOverdue", alertCommanderUpdateOverdue);
    escalation.register();
    engine.setCurrentTime(DECLARED_AT);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    reset();
  }

  @Test
  void declaredIncidentIsClassifiedAndTheResponseStarts() {
    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);

    assertThat(incident)
        .hasBusinessKey(INCIDENT_NUMBER)
        .hasPassedInOrder("StartEvent_IncidentDeclared", "Task_ClassifySeverity")
        .hasPassed("Task_RecordSeverity", "StartEvent_ResponseStarted")
        .hasPassed("CallActivity_Escalate", "EndEvent_EscalationEnded")
        .isWaitingAtExactly(
            "SubProcess_Respond",
            "Task_AssignCommander",
            "Task_PostFirstUpdate",
            "Gateway_AwaitIncidentEvent",
            "CatchEvent_UpdatePostedUnprompted")
        .isWaitingFor("IncidentStatusChanged", "IncidentReassessed");
    Invocation recorded = single(recordSeverity);
    assertThat(recorded.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(recorded.activityId()).isEqualTo("Task_RecordSeverity");
    assertThat(recorded.variable("incidentId")).isEqualTo(INCIDENT_ID);
    assertThat(recorded.classification())
        .containsEntry("severity", "SEV1")
        .containsEntry("reason", "A critical function is down for some customers.");
    assertThat(task("Task_AssignCommander", incident))
        .hasCandidateGroup("incident-manager")
        .hasDueDate(ASSIGN_COMMANDER_DUE)
        .isNotAssigned();
    assertThat(task("Task_PostFirstUpdate", incident))
        .hasCandidateGroup("incident-manager")
        .hasDueDate(FIRST_UPDATE_DUE)
        .isNotAssigned();
    assertThat(engine.getManagementService().createJobQuery().list())
        .as("jobs: only the overdue timers; every step runs in the caller's transaction")
        .extracting(IncidentLifecycleTest::activityOf)
        .containsExactlyInAnyOrder(
            "BoundaryEvent_CommanderOverdue", "BoundaryEvent_FirstUpdateOverdue");
  }

  @Test
  void eachGuidanceTaskGetsATimerAtItsDueDate() {
    ProcessInstance incident = declare(INTERNAL_ONLY);

    assertThat(jobs(incident).count()).isEqualTo(2);
    assertThat(timer(incident, "BoundaryEvent_CommanderOverdue").getDuedate())
        .isEqualTo(ASSIGN_COMMANDER_DUE);
    assertThat(timer(incident, "BoundaryEvent_FirstUpdateOverdue").getDuedate())
        .isEqualTo(FIRST_UPDATE_DUE);
    assertThat(jobs(incident).executable().count()).as("jobs due now").isZero();
    assertThat(incident).isWaitingAt("Task_AssignCommander", "Task_PostFirstUpdate");
    assertThat(flagOverdueStep.invocations()).isEmpty();
  }

  @Test
  void anOverdueStepIsFlaggedAndStaysOpen() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    engine.setCurrentTime(at("2025-03-01T10:06:00Z"));
    Job due = single(jobs(incident).executable().list());
    assertThat(activityOf(due)).isEqualTo("BoundaryEvent_CommanderOverdue");

    engine.getManagementService().executeJob(due.getId());

    Invocation flagged = single(flagOverdueStep);
    assertThat(flagged.activityId()).isEqualTo("Task_FlagCommanderOverdue");
    assertThat(flagged.localVariable("step")).isEqualTo("ASSIGN_COMMANDER");
    assertThat(flagged.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(flagged.variable("incidentId")).isEqualTo(INCIDENT_ID);
    assertThat(engine.getRuntimeService().getVariable(incident.getId(), "step"))
        .as("step outside the flag task")
        .isNull();
    assertThat(incident)
        .hasPassedInOrder(
            "BoundaryEvent_CommanderOverdue",
            "Task_FlagCommanderOverdue",
            "EndEvent_CommanderOverdueFlagged")
        .isWaitingAtExactly(
            "SubProcess_Respond",
            "Task_AssignCommander",
            "Task_PostFirstUpdate",
            "Gateway_AwaitIncidentEvent",
            "CatchEvent_UpdatePostedUnprompted")
        .isWaitingFor("IncidentStatusChanged", "IncidentReassessed");
    assertThat(jobs(incident).list())
        .extracting(IncidentLifecycleTest::activityOf)
        .containsExactly("BoundaryEvent_FirstUpdateOverdue");

    complete(task("Task_AssignCommander", incident));

    assertThat(incident).hasPassed("EndEvent_CommanderAssigned");
    assertThat(flagOverdueStep.invocations()).hasSize(1);
  }

  @Test
  void anOverdueFirstUpdateIsFlaggedAsItsOwnStep() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    complete(task("Task_AssignCommander", incident));
    engine.setCurrentTime(at("2025-03-01T10:16:00Z"));
    Job due = single(jobs(incident).executable().list());
    assertThat(activityOf(due)).isEqualTo("BoundaryEvent_FirstUpdateOverdue");

    engine.getManagementService().executeJob(due.getId());

    Invocation flagged = single(flagOverdueStep);
    assertThat(flagged.activityId()).isEqualTo("Task_FlagFirstUpdateOverdue");
    assertThat(flagged.localVariable("step")).isEqualTo("POST_FIRST_UPDATE");
    assertThat(incident)
        .hasPassed("Task_FlagFirstUpdateOverdue", "EndEvent_FirstUpdateOverdueFlagged")
        .isWaitingAtExactly(
            "SubProcess_Respond",
            "Task_PostFirstUpdate",
            "Gateway_AwaitIncidentEvent",
            "CatchEvent_UpdatePostedUnprompted");
    assertThat(jobs(incident).count()).isZero();
  }

  @Test
  void aStepDoneInTimeIsNeverFlagged() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    engine.setCurrentTime(at("2025-03-01T10:03:00Z"));

    complete(task("Task_PostFirstUpdate", incident));

    assertThat(jobs(incident).list())
        .extracting(IncidentLifecycleTest::activityOf)
        .containsExactly("BoundaryEvent_CommanderOverdue");
    engine.setCurrentTime(at("2025-03-01T10:16:00Z"));
    assertThat(jobs(incident).executable().list())
        .as("jobs due after the first update's due date")
        .extracting(IncidentLifecycleTest::activityOf)
        .containsExactly("BoundaryEvent_CommanderOverdue");
    assertThat(incident)
        .hasPassed("EndEvent_FirstUpdatePosted")
        .hasNotPassed("BoundaryEvent_FirstUpdateOverdue", "Task_FlagFirstUpdateOverdue");
    assertThat(flagOverdueStep.invocations()).isEmpty();
  }

  @Test
  void statusUpdatesKeepTheIncidentOpenUntilItIsResolved() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    complete(task("Task_AssignCommander", incident));
    complete(task("Task_PostFirstUpdate", incident));

    for (String status : List.of("INVESTIGATING", "IDENTIFIED", "MONITORING")) {
      changeStatus(status);

      assertThat(incident)
          .isWaitingAtExactly(
              "SubProcess_Respond",
              "Gateway_AwaitIncidentEvent",
              "CatchEvent_UpdatePostedUnprompted")
          .hasNotPassed("EndEvent_Resolved");
    }
    resolve("alice");

    assertThat(incident)
        .hasPassed("EndEvent_Resolved", "SubProcess_Respond")
        .isWaitingAtExactly("Task_WritePostmortem")
        .isNotWaitingFor("IncidentStatusChanged", "IncidentReassessed");
    assertThat(task("Task_WritePostmortem", incident))
        .isAssignedTo("alice")
        .hasCandidateGroupAssociated("incident-manager")
        .hasDueDate(POSTMORTEM_DUE);
    assertThat(passes("CatchEvent_StatusChanged")).hasSize(4);
  }

  @Test
  void resolvingCancelsTheGuidanceTasksStillOpen() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    complete(task("Task_PostFirstUpdate", incident));

    resolve("alice");

    assertThat(incident).isWaitingAtExactly("Task_WritePostmortem");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_AssignCommander")
                .count())
        .isZero();
    assertThat(passes("Task_AssignCommander"))
        .singleElement()
        .extracting(HistoricActivityInstance::isCanceled)
        .isEqualTo(true);
    assertThat(passes("Task_PostFirstUpdate"))
        .singleElement()
        .extracting(HistoricActivityInstance::isCanceled)
        .isEqualTo(false);
  }

  @Test
  void resolvingCancelsThePendingOverdueTimers() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    assertThat(jobs(incident).timers().count()).isEqualTo(2);

    resolve("alice");

    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(incident.getId())
                .count())
        .isZero();
    assertThat(incident)
        .hasPassed("EndEvent_Resolved", "SubProcess_Respond")
        .isWaitingAtExactly("Task_WritePostmortem");
    assertThat(incident)
        .hasNotPassed(
            "BoundaryEvent_CommanderOverdue",
            "Task_FlagCommanderOverdue",
            "BoundaryEvent_FirstUpdateOverdue",
            "Task_FlagFirstUpdateOverdue");
    assertThat(flagOverdueStep.invocations()).isEmpty();
  }

  @Test
  void declaringStartsTheEscalationOfTheIncident() {
    escalation.plan(EscalationPlan.policy(3, 1).withinBusinessHours(at("2025-03-03T09:00:00Z")));

    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);

    ProcessInstance called = escalationOf(incident);
    assertThat(called)
        .hasBusinessKey(INCIDENT_NUMBER)
        .isWaitingAtExactly("Gateway_AwaitAcknowledgement");
    assertThat(engine.getRuntimeService().getVariables(called.getId()))
        .containsEntry("incidentId", INCIDENT_ID)
        .containsEntry("severity", "SEV1");
    assertThat(incident)
        .isWaitingAtExactly(
            "SubProcess_Respond",
            "Task_AssignCommander",
            "Task_PostFirstUpdate",
            "Gateway_AwaitIncidentEvent",
            "CallActivity_Escalate",
            "CatchEvent_UpdatePostedUnprompted");
    Invocation planned = single(escalation.planEscalation);
    assertThat(planned.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(planned.variable("severity")).isEqualTo("SEV1");
    assertThat(escalation.pages())
        .extracting(Page::level, Page::round, Page::at)
        .containsExactly(tuple(0, 0, DECLARED_AT.toInstant()));
  }

  @Test
  void resolvingCancelsTheEscalation() {
    escalation.plan(EscalationPlan.policy(3, 1).withinBusinessHours(at("2025-03-03T09:00:00Z")));
    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);
    ProcessInstance called = escalationOf(incident);
    engine.setCurrentTime(at("2025-03-01T10:03:00Z"));

    resolve("alice");

    assertThat(called).isEnded();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("escalation")
                .count())
        .isZero();
    assertThat(engine.getManagementService().createJobQuery().count())
        .as("jobs left: the escalation's level timer is gone")
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(called.getId())
                .singleResult()
                .getState())
        .isEqualTo(HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
    assertThat(passes("CallActivity_Escalate"))
        .singleElement()
        .extracting(HistoricActivityInstance::isCanceled)
        .isEqualTo(true);
    assertThat(incident).isWaitingAtExactly("Task_WritePostmortem");
    assertThat(
            engine
                .getRuntimeService()
                .createMessageCorrelation("EscalationAcknowledged")
                .processInstanceBusinessKey(INCIDENT_NUMBER)
                .setVariable("acknowledgedBy", "alice")
                .correlateAllWithResult())
        .as("a late acknowledgement")
        .isEmpty();
    assertThat(escalation.pages()).hasSize(1);
  }

  @Test
  void postmortemIsLeftToTheIncidentManagersWhenThereIsNoCommander() {
    ProcessInstance incident = declare(INTERNAL_ONLY);

    resolve("");

    assertThat(task("Task_WritePostmortem", incident))
        .isNotAssigned()
        .hasCandidateGroup("incident-manager")
        .hasDueDate(POSTMORTEM_DUE);
  }

  @Test
  void reassessmentReclassifiesTheSeverityUpAndDown() {
    ProcessInstance incident = declare(INTERNAL_ONLY);

    reassess(ALL_CUSTOMERS);
    reassess(CRITICAL_FUNCTION_DOWN_FOR_NONE);

    assertThat(incident)
        .hasPassed("Task_ReclassifySeverity", "Task_RecordNewSeverity")
        .isWaitingAtExactly(
            "SubProcess_Respond",
            "Task_AssignCommander",
            "Task_PostFirstUpdate",
            "Gateway_AwaitIncidentEvent",
            "CatchEvent_UpdatePostedUnprompted");
    assertThat(recordSeverity.invocations())
        .extracting(Invocation::activityId)
        .containsExactly("Task_RecordSeverity", "Task_RecordNewSeverity", "Task_RecordNewSeverity");
    assertThat(recordSeverity.invocations())
        .extracting(invocation -> invocation.classification().get("severity"))
        .containsExactly("SEV3", "SEV1", "SEV2");
    assertThat(recordSeverity.invocations().get(2).classification())
        .containsEntry(
            "reason", "A critical function is down, though no customer is affected yet.");
    assertThat(recordSeverity.invocations())
        .extracting(Invocation::businessKey)
        .containsOnly(INCIDENT_NUMBER);
  }

  @Test
  void approvedPostmortemClosesTheIncident() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    resolve("alice");

    complete(task("Task_WritePostmortem", incident), withVariables("reviewDue", REVIEW_DUE));

    assertThat(task("Task_ReviewPostmortem", incident))
        .hasCandidateGroup("leadership")
        .hasDueDate(REVIEW_DUE)
        .isNotAssigned();
    assertThat(closeIncident.invocations()).isEmpty();

    complete(task("Task_ReviewPostmortem", incident), withVariables("approved", true));

    assertThat(incident).isEnded().hasPassed("Task_CloseIncident", "EndEvent_Closed");
    Invocation closed = single(closeIncident);
    assertThat(closed.businessKey()).isEqualTo(INCIDENT_NUMBER);
    assertThat(closed.variable("incidentId")).isEqualTo(INCIDENT_ID);
  }

  @Test
  void requestedChangesSendThePostmortemBackUntilItIsApproved() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    resolve("alice");
    complete(task("Task_WritePostmortem", incident), withVariables("reviewDue", REVIEW_DUE));

    complete(task("Task_ReviewPostmortem", incident), withVariables("approved", false));

    assertThat(incident).isWaitingAtExactly("Task_WritePostmortem").hasNotPassed("EndEvent_Closed");
    assertThat(task("Task_WritePostmortem", incident))
        .isAssignedTo("alice")
        .hasDueDate(POSTMORTEM_DUE);
    assertThat(closeIncident.invocations()).isEmpty();

    complete(task("Task_WritePostmortem", incident), withVariables("reviewDue", SECOND_REVIEW_DUE));
    assertThat(task("Task_ReviewPostmortem", incident)).hasDueDate(SECOND_REVIEW_DUE);
    assertThat(closeIncident.invocations()).isEmpty();
    complete(task("Task_ReviewPostmortem", incident), withVariables("approved", true));

    assertThat(incident).isEnded().hasPassed("EndEvent_Closed");
    assertThat(passes("Task_WritePostmortem")).hasSize(2);
    assertThat(closeIncident.invocations()).hasSize(1);
  }

  @Test
  void onceResolvedNoMessageCanMoveTheIncident() {
    ProcessInstance incident = declare(INTERNAL_ONLY);
    resolve("alice");

    assertThatThrownBy(() -> resolve("bob"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThatThrownBy(() -> reassess(ALL_CUSTOMERS))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThatThrownBy(() -> correlate("IncidentClosed"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(incident).isNotEnded().isWaitingAtExactly("Task_WritePostmortem");
    assertThat(task("Task_WritePostmortem", incident)).isAssignedTo("alice");
    assertThat(closeIncident.invocations()).isEmpty();
    assertThat(recordSeverity.invocations()).hasSize(1);
  }

  private static ProcessInstance declare(Impact impact) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            INCIDENT_NUMBER,
            impact
                .asVariables()
                .putValue("incidentId", INCIDENT_ID)
                .putValue("assignCommanderDue", ASSIGN_COMMANDER_DUE)
                .putValue("firstUpdateDue", FIRST_UPDATE_DUE)
                .putValue("nextUpdateDue", null)
                .putValue("updateReminderGrace", "PT10M"));
  }

  /** A public update went out, promising the next one at {@code nextUpdateDue} (or not). */
  private static void publicUpdatePosted(ProcessInstance incident, Date nextUpdateDue) {
    Task reminded =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey("Task_PostDueUpdate")
            .singleResult();
    if (reminded != null) {
      engine
          .getTaskService()
          .complete(reminded.getId(), withVariables("nextUpdateDue", nextUpdateDue));
      return;
    }
    engine
        .getRuntimeService()
        .createMessageCorrelation("PublicUpdatePosted")
        .processInstanceBusinessKey(INCIDENT_NUMBER)
        .setVariable("nextUpdateDue", nextUpdateDue)
        .correlate();
  }

  @Test
  void withoutAPromiseThereIsNothingToRemind() {
    ProcessInstance incident = declare(INTERNAL_ONLY);

    publicUpdatePosted(incident, null);

    assertThat(incident).isWaitingAt("CatchEvent_UpdatePostedUnprompted");
    assertThat(jobs(incident).activityId("CatchEvent_UpdateDue").count()).isZero();
    assertThat(passes("CatchEvent_UpdatePostedUnprompted")).hasSize(2);
  }

  @Test
  void aPublicUpdateSetsTheTimerForTheNextOneAndAnUpdateInTimeMovesIt() {
    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);

    publicUpdatePosted(incident, at("2025-03-01T10:40:00Z"));

    assertThat(incident).isWaitingAt("Gateway_AwaitPromisedUpdate");
    assertThat(single(jobs(incident).activityId("CatchEvent_UpdateDue").list()).getDuedate())
        .isEqualTo(at("2025-03-01T10:40:00Z"));

    engine.setCurrentTime(at("2025-03-01T10:35:00Z"));
    publicUpdatePosted(incident, at("2025-03-01T11:05:00Z"));

    assertThat(single(jobs(incident).activityId("CatchEvent_UpdateDue").list()).getDuedate())
        .isEqualTo(at("2025-03-01T11:05:00Z"));
    assertThat(remindCommunicationsLead.invocations()).isEmpty();
  }

  @Test
  void aDueUpdateRemindsTheCommunicationsLeadThenTheCommander() {
    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);
    publicUpdatePosted(incident, at("2025-03-01T10:40:00Z"));

    engine.setCurrentTime(at("2025-03-01T10:40:00Z"));
    executeDue(incident, "CatchEvent_UpdateDue");

    Invocation reminded = single(remindCommunicationsLead);
    assertThat(reminded.variable("incidentId")).isEqualTo(INCIDENT_ID);
    assertThat(reminded.variable("nextUpdateDue")).isEqualTo(at("2025-03-01T10:40:00Z"));
    assertThat(task("Task_PostDueUpdate", incident))
        .hasCandidateGroup("incident-manager")
        .hasDueDate(at("2025-03-01T10:40:00Z"));
    assertThat(
            single(jobs(incident).activityId("BoundaryEvent_ReminderIgnored").list()).getDuedate())
        .isEqualTo(at("2025-03-01T10:50:00Z"));

    engine.setCurrentTime(at("2025-03-01T10:50:00Z"));
    executeDue(incident, "BoundaryEvent_ReminderIgnored");

    assertThat(single(alertCommanderUpdateOverdue).activityId()).isEqualTo("Task_AlertCommander");
    assertThat(incident).isWaitingAt("Task_PostDueUpdate").hasPassed("EndEvent_CommanderAlerted");

    publicUpdatePosted(incident, at("2025-03-01T11:20:00Z"));

    assertThat(incident).isWaitingAt("Gateway_AwaitPromisedUpdate").hasPassed("Task_PostDueUpdate");
    assertThat(single(jobs(incident).activityId("CatchEvent_UpdateDue").list()).getDuedate())
        .isEqualTo(at("2025-03-01T11:20:00Z"));
  }

  @Test
  void anUpdatePostedAfterTheReminderSparesTheCommander() {
    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);
    publicUpdatePosted(incident, at("2025-03-01T10:40:00Z"));
    engine.setCurrentTime(at("2025-03-01T10:40:00Z"));
    executeDue(incident, "CatchEvent_UpdateDue");

    engine.setCurrentTime(at("2025-03-01T10:44:00Z"));
    publicUpdatePosted(incident, at("2025-03-01T11:14:00Z"));

    assertThat(jobs(incident).activityId("BoundaryEvent_ReminderIgnored").count()).isZero();
    assertThat(alertCommanderUpdateOverdue.invocations()).isEmpty();
    assertThat(incident).isWaitingAt("Gateway_AwaitPromisedUpdate");
  }

  @Test
  void resolvingEndsTheCadence() {
    ProcessInstance incident = declare(CRITICAL_FUNCTION_DOWN_FOR_SOME);
    publicUpdatePosted(incident, at("2025-03-01T10:40:00Z"));

    resolve("alice");

    assertThat(jobs(incident).count()).isZero();
    assertThat(incident).isWaitingAtExactly("Task_WritePostmortem");
    assertThat(remindCommunicationsLead.invocations()).isEmpty();
  }

  private static void executeDue(ProcessInstance incident, String activityId) {
    Job due = single(jobs(incident).executable().activityId(activityId).list());
    engine.getManagementService().executeJob(due.getId());
  }

  private static void changeStatus(String status) {
    engine
        .getRuntimeService()
        .createMessageCorrelation("IncidentStatusChanged")
        .processInstanceBusinessKey(INCIDENT_NUMBER)
        .setVariable("status", status)
        .correlate();
  }

  private static void resolve(String commander) {
    engine
        .getRuntimeService()
        .createMessageCorrelation("IncidentStatusChanged")
        .processInstanceBusinessKey(INCIDENT_NUMBER)
        .setVariable("status", "RESOLVED")
        .setVariable("postmortemDue", POSTMORTEM_DUE)
        .setVariable("commander", commander)
        .correlate();
  }

  private static void reassess(Impact impact) {
    engine
        .getRuntimeService()
        .createMessageCorrelation("IncidentReassessed")
        .processInstanceBusinessKey(INCIDENT_NUMBER)
        .setVariables(impact.asVariables())
        .correlate();
  }

  private static void correlate(String messageName) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(messageName)
        .processInstanceBusinessKey(INCIDENT_NUMBER)
        .correlate();
  }

  /** Every time the incident reached the given activity, oldest first. */
  private static List<HistoricActivityInstance> passes(String activityId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .activityId(activityId)
        .orderPartiallyByOccurrence()
        .asc()
        .list();
  }

  /** The escalation the incident called from "Respond". */
  private static ProcessInstance escalationOf(ProcessInstance incident) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("escalation")
        .superProcessInstanceId(incident.getId())
        .singleResult();
  }

  private static JobQuery jobs(ProcessInstance incident) {
    return engine.getManagementService().createJobQuery().processInstanceId(incident.getId());
  }

  /** The timer job of the given boundary event. */
  private static Job timer(ProcessInstance incident, String boundaryEventId) {
    return single(jobs(incident).timers().activityId(boundaryEventId).list());
  }

  /** The id of the activity (here: the boundary event) a job belongs to. */
  private static String activityOf(Job job) {
    return engine
        .getManagementService()
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private static Invocation single(RecordingDelegate delegate) {
    return single(delegate.invocations());
  }

  private static <T> T single(List<T> elements) {
    assertThat(elements).hasSize(1);
    return elements.get(0);
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
