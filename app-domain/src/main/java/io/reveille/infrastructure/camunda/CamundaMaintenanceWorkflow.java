package io.reveille.infrastructure.camunda;

import static io.reveille.infrastructure.camunda.MaintenanceVariables.businessKey;

import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.ConcurrentChangeException;
import io.reveille.shared.EngineConflictException;
import io.reveille.workflow.MaintenanceToConfirm;
import io.reveille.workflow.MaintenanceWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** Maintenance windows on Camunda 7: {@code maintenance.bpmn}, one instance per window. */
@ApplicationScoped
public class CamundaMaintenanceWorkflow implements MaintenanceWorkflow {
  @Inject CamundaProcessEngine processEngine;

  @Override
  public void scheduled(MaintenanceWindow window, Instant remindAt) {
    engine()
        .getRuntimeService()
        .createProcessInstanceByKey(MaintenanceVariables.PROCESS_KEY)
        .businessKey(businessKey(window.id()))
        .setVariables(MaintenanceVariables.start(window, remindAt))
        .execute();
  }

  @Override
  public void rescheduled(MaintenanceWindow window, Instant remindAt) {
    var correlation =
        engine()
            .getRuntimeService()
            .createMessageCorrelation(MaintenanceVariables.RESCHEDULED)
            .processInstanceBusinessKey(businessKey(window.id()))
            .setVariables(MaintenanceVariables.times(window, remindAt));
    concurrently(window, correlation::correlate);
  }

  @Override
  public void cancelled(MaintenanceWindow window) {
    var correlation =
        engine()
            .getRuntimeService()
            .createMessageCorrelation(MaintenanceVariables.CANCELLED)
            .processInstanceBusinessKey(businessKey(window.id()));
    concurrently(window, correlation::correlate);
  }

  @Override
  public void confirmed(MaintenanceWindow window, String username) {
    Task task =
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey(window.id()))
            .taskDefinitionKey(MaintenanceVariables.CONFIRM_TASK)
            .singleResult();
    if (task == null) {
      // Verification timed out in the same moment and the window completed on its own.
      throw new ConcurrentChangeException(
          "The maintenance completed on its own at the same moment; reload the page.");
    }
    concurrently(
        window,
        () -> engine().getTaskService().complete(task.getId(), Map.of("confirmedBy", username)));
  }

  @Override
  public List<MaintenanceToConfirm> awaitingConfirmation(
      String username, Collection<String> roleNames) {
    var query = engine().getTaskService().createTaskQuery().or().taskAssignee(username);
    if (!roleNames.isEmpty()) {
      query.taskCandidateGroupIn(new ArrayList<>(roleNames)).includeAssignedTasks();
    }
    List<Task> tasks =
        query
            .endOr()
            .processDefinitionKey(MaintenanceVariables.PROCESS_KEY)
            .taskDefinitionKey(MaintenanceVariables.CONFIRM_TASK)
            .list();
    List<MaintenanceToConfirm> waiting = new ArrayList<>();
    for (Task task : tasks) {
      Object id =
          engine().getTaskService().getVariable(task.getId(), MaintenanceVariables.MAINTENANCE_ID);
      if (id == null) {
        continue;
      }
      List<String> roles =
          engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
              .filter(
                  link ->
                      IdentityLinkType.CANDIDATE.equals(link.getType())
                          && link.getGroupId() != null)
              .map(IdentityLink::getGroupId)
              .toList();
      // The window completes on its own when the "nobody confirmed" timer fires.
      Job timer =
          engine()
              .getManagementService()
              .createJobQuery()
              .processInstanceId(task.getProcessInstanceId())
              .timers()
              .activityId(MaintenanceVariables.NOBODY_CONFIRMED)
              .singleResult();
      waiting.add(
          new MaintenanceToConfirm(
              ((Number) id).longValue(),
              task.getAssignee(),
              roles,
              task.getCreateTime().toInstant(),
              timer == null || timer.getDuedate() == null ? null : timer.getDuedate().toInstant()));
    }
    waiting.sort(
        Comparator.comparing(
            MaintenanceToConfirm::completesAt, Comparator.nullsLast(Comparator.naturalOrder())));
    return waiting;
  }

  /**
   * A timer of the window fired in the same moment (the start, say, while someone cancels): the
   * engine notices on its own rows, and the whole transaction, Reveille's writes included, rolls
   * back; the person is asked to try again.
   */
  private static void concurrently(MaintenanceWindow window, Runnable engineCall) {
    try {
      engineCall.run();
    } catch (OptimisticLockingException e) {
      throw new EngineConflictException(
          "\"" + window.title() + "\" changed state at the same moment; reload and try again.");
    }
  }

  private ProcessEngine engine() {
    return processEngine.engine();
  }
}
