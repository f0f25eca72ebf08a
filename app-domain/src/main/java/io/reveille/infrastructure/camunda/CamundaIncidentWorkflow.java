package io.reveille.infrastructure.camunda;

import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.DECISION_KEY;
import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.NEXT_UPDATE_DUE;
import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.PROCESS_KEY;
import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.PUBLIC_UPDATE_POSTED;
import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.REASSESSED;
import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.STATUS_CHANGED;
import static io.reveille.infrastructure.camunda.IncidentLifecycleVariables.date;

import io.reveille.incident.ImpactAssessment;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentStatus;
import io.reveille.severity.SeverityAssessment;
import io.reveille.shared.EngineConflictException;
import io.reveille.workflow.GuidedStep;
import io.reveille.workflow.IncidentWorkflow;
import io.reveille.workflow.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** The incident procedure on Camunda 7: {@code incident-lifecycle.bpmn} and its decision table. */
@ApplicationScoped
public class CamundaIncidentWorkflow implements IncidentWorkflow {
  @Inject CamundaProcessEngine processEngine;

  @Override
  public SeverityAssessment classify(ImpactAssessment impact) {
    return IncidentLifecycleVariables.fromDecision(
        engine()
            .getDecisionService()
            .evaluateDecisionTableByKey(DECISION_KEY)
            .variables(IncidentLifecycleVariables.impact(impact))
            .evaluate()
            .getSingleResult()
            .getEntryMap());
  }

  @Override
  public void declared(Incident incident, Instant commanderDue, Instant firstUpdateDue) {
    engine()
        .getRuntimeService()
        .createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(incident.number().toString())
        .setVariables(
            IncidentLifecycleVariables.start(
                incident.id(), incident.impact(), commanderDue, firstUpdateDue))
        .execute();
  }

  @Override
  public void statusChanged(
      Incident incident, IncidentStatus status, Instant postmortemDue, String commander) {
    var correlation =
        engine()
            .getRuntimeService()
            .createMessageCorrelation(STATUS_CHANGED)
            .processInstanceBusinessKey(incident.number().toString())
            .setVariable("status", status.name());
    if (status == IncidentStatus.RESOLVED) {
      correlation
          .setVariable("postmortemDue", date(postmortemDue))
          .setVariable("commander", commander);
    }
    concurrently(incident.number(), correlation::correlate);
  }

  @Override
  public void publicUpdatePosted(IncidentNumber number, Instant nextUpdateDue) {
    Map<String, Object> promise = new HashMap<>();
    promise.put(NEXT_UPDATE_DUE, date(nextUpdateDue));
    Optional<Task> reminded = openTask(number, GuidedStep.POST_DUE_UPDATE);
    if (reminded.isPresent()) {
      concurrently(
          number, () -> engine().getTaskService().complete(reminded.get().getId(), promise));
      return;
    }
    // The cadence branch waits for this message unless the reminder above is open; correlateAll
    // because an incident whose response already ended has no branch left to tell.
    var correlation =
        engine()
            .getRuntimeService()
            .createMessageCorrelation(PUBLIC_UPDATE_POSTED)
            .processInstanceBusinessKey(number.toString())
            .setVariables(promise);
    concurrently(number, correlation::correlateAll);
  }

  @Override
  public void reassessed(Incident incident) {
    var correlation =
        engine()
            .getRuntimeService()
            .createMessageCorrelation(REASSESSED)
            .processInstanceBusinessKey(incident.number().toString())
            .setVariables(IncidentLifecycleVariables.impact(incident.impact()));
    concurrently(incident.number(), correlation::correlate);
  }

  @Override
  public void stepDone(IncidentNumber number, GuidedStep step) {
    openTask(number, step)
        .ifPresent(
            task -> concurrently(number, () -> engine().getTaskService().complete(task.getId())));
  }

  @Override
  public void postmortemSubmitted(IncidentNumber number, Instant reviewDue) {
    complete(number, GuidedStep.WRITE_POSTMORTEM, Map.of("reviewDue", date(reviewDue)));
  }

  @Override
  public void postmortemReviewed(IncidentNumber number, boolean approved) {
    complete(number, GuidedStep.REVIEW_POSTMORTEM, Map.of("approved", approved));
  }

  @Override
  public List<WorkItem> openWork(IncidentNumber number) {
    List<Task> tasks =
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(number.toString())
            .orderByTaskCreateTime()
            .asc()
            .list();
    return tasks.stream().map(task -> toWorkItem(task, number)).toList();
  }

  @Override
  public List<WorkItem> workFor(String username, Collection<String> roleNames) {
    var query = engine().getTaskService().createTaskQuery().or().taskAssignee(username);
    if (!roleNames.isEmpty()) {
      query.taskCandidateGroupIn(new ArrayList<>(roleNames)).includeAssignedTasks();
    }
    // Only the incident procedure's steps: other processes (maintenance) have other business keys.
    List<Task> tasks = query.endOr().processDefinitionKey(PROCESS_KEY).list();
    Set<String> instanceIds =
        tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, IncidentNumber> numbers = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      engine()
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceIds(instanceIds)
          .list()
          .forEach(pi -> numbers.put(pi.getId(), IncidentNumber.parse(pi.getBusinessKey())));
    }
    return tasks.stream()
        .filter(task -> numbers.containsKey(task.getProcessInstanceId()))
        .map(task -> toWorkItem(task, numbers.get(task.getProcessInstanceId())))
        .sorted(
            Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private void complete(IncidentNumber number, GuidedStep step, Map<String, Object> variables) {
    Task task =
        openTask(number, step)
            .orElseThrow(
                () ->
                    new IllegalStateException(number + " has no open step '" + step.title() + "'"));
    concurrently(number, () -> engine().getTaskService().complete(task.getId(), variables));
  }

  /**
   * Two people acting on the same incident at the same moment: the engine notices on its own rows;
   * the loser is told to reload, and its whole transaction, Reveille's writes included, rolls back.
   */
  private static void concurrently(IncidentNumber number, Runnable engineCall) {
    try {
      engineCall.run();
    } catch (OptimisticLockingException e) {
      throw new EngineConflictException(
          number + " was changed by someone else at the same moment; reload and try again.");
    }
  }

  private Optional<Task> openTask(IncidentNumber number, GuidedStep step) {
    return Optional.ofNullable(
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(number.toString())
            .taskDefinitionKey(step.taskId())
            .singleResult());
  }

  private WorkItem toWorkItem(Task task, IncidentNumber number) {
    List<String> candidateRoles =
        engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .toList();
    GuidedStep step =
        GuidedStep.byTaskId(task.getTaskDefinitionKey())
            .orElseThrow(
                () -> new IllegalStateException("Unknown step " + task.getTaskDefinitionKey()));
    return new WorkItem(
        number,
        step,
        task.getAssignee(),
        candidateRoles,
        toInstant(task.getCreateTime()),
        toInstant(task.getDueDate()));
  }

  private static Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private ProcessEngine engine() {
    return processEngine.engine();
  }
}
