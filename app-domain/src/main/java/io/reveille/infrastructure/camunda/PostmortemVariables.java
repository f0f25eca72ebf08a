package io.reveille.infrastructure.camunda;

import io.reveille.postmortem.ActionItemSchedule;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of {@code postmortem-review.bpmn} and {@code action-item.bpmn}, read and written in
 * one place.
 */
final class PostmortemVariables {
  static final String REVIEW_PROCESS = "postmortem-review";
  static final String REVIEW_ENDED = "PostmortemReviewEnded";
  static final String ACTION_ITEM_PROCESS = "action-item";
  static final String ACTION_ITEM_CLOSED = "ActionItemClosed";

  private PostmortemVariables() {}

  static String reviewKey(String incidentNumber) {
    return "PM-" + incidentNumber;
  }

  static String actionItemKey(long actionItemId) {
    return "AI-" + actionItemId;
  }

  static Map<String, Object> review(long postmortemId, Instant remindAt, Instant due) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("postmortemId", postmortemId);
    variables.put("remindAt", date(remindAt));
    variables.put("reviewDue", date(due));
    return variables;
  }

  static Map<String, Object> actionItem(long actionItemId, ActionItemSchedule schedule) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("actionItemId", actionItemId);
    variables.put("remindAt", date(schedule.remindAt()));
    variables.put("overdueAt", date(schedule.overdueAt()));
    variables.put("overdueEvery", schedule.overdueEvery().toString());
    return variables;
  }

  static long postmortemId(DelegateExecution execution) {
    return ((Number) execution.getVariable("postmortemId")).longValue();
  }

  static long actionItemId(DelegateExecution execution) {
    return ((Number) execution.getVariable("actionItemId")).longValue();
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
