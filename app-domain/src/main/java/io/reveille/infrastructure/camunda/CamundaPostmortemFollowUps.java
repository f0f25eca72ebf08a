package io.reveille.infrastructure.camunda;

import static io.reveille.infrastructure.camunda.PostmortemVariables.ACTION_ITEM_CLOSED;
import static io.reveille.infrastructure.camunda.PostmortemVariables.ACTION_ITEM_PROCESS;
import static io.reveille.infrastructure.camunda.PostmortemVariables.REVIEW_ENDED;
import static io.reveille.infrastructure.camunda.PostmortemVariables.REVIEW_PROCESS;
import static io.reveille.infrastructure.camunda.PostmortemVariables.actionItemKey;
import static io.reveille.infrastructure.camunda.PostmortemVariables.reviewKey;

import io.reveille.incident.IncidentNumber;
import io.reveille.postmortem.ActionItemSchedule;
import io.reveille.postmortem.PostmortemFollowUps;
import io.reveille.shared.EngineConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The postmortem's timers on Camunda 7: one {@code postmortem-review} instance per submission
 * (business key PM-INC-42), one {@code action-item} instance per open item (AI-17). Re-planning
 * ends the old instance and starts a new one, so no stale timer survives a moved due date.
 */
@ApplicationScoped
public class CamundaPostmortemFollowUps implements PostmortemFollowUps {
  @Inject CamundaProcessEngine processEngine;

  @Override
  public void reviewRequested(
      IncidentNumber number, long postmortemId, Instant remindAt, Instant due) {
    reviewEnded(number);
    engine()
        .getRuntimeService()
        .createProcessInstanceByKey(REVIEW_PROCESS)
        .businessKey(reviewKey(number.toString()))
        .setVariables(PostmortemVariables.review(postmortemId, remindAt, due))
        .execute();
  }

  @Override
  public void reviewEnded(IncidentNumber number) {
    end(REVIEW_ENDED, reviewKey(number.toString()));
  }

  @Override
  public void actionItemPlanned(long actionItemId, ActionItemSchedule schedule) {
    actionItemClosed(actionItemId);
    engine()
        .getRuntimeService()
        .createProcessInstanceByKey(ACTION_ITEM_PROCESS)
        .businessKey(actionItemKey(actionItemId))
        .setVariables(PostmortemVariables.actionItem(actionItemId, schedule))
        .execute();
  }

  @Override
  public void actionItemClosed(long actionItemId) {
    end(ACTION_ITEM_CLOSED, actionItemKey(actionItemId));
  }

  /** correlateAll: there may be nothing waiting (never planned, or the review already over). */
  private void end(String message, String businessKey) {
    try {
      engine()
          .getRuntimeService()
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(businessKey)
          .correlateAll();
    } catch (OptimisticLockingException e) {
      throw new EngineConflictException(
          "A reminder fired at the same moment; reload and try again.");
    }
  }

  private ProcessEngine engine() {
    return processEngine.engine();
  }
}
