package io.reveille.postmortem;

import io.reveille.incident.IncidentNumber;
import java.time.Instant;

/**
 * The timers around a postmortem (reminders to reviewers and action item owners), as the domain
 * sees them; the process engine behind it is an adapter's business ({@code postmortem-review.bpmn},
 * {@code action-item.bpmn}). Every call joins the caller's transaction.
 */
public interface PostmortemFollowUps {
  /** The postmortem went to review, due at {@code due}; reviewers hear at {@code remindAt}. */
  void reviewRequested(IncidentNumber number, long postmortemId, Instant remindAt, Instant due);

  /** Leadership decided: no more review reminders. */
  void reviewEnded(IncidentNumber number);

  /** An open action item is (re)planned: any earlier reminders are dropped. */
  void actionItemPlanned(long actionItemId, ActionItemSchedule schedule);

  /** The action item is done, dropped or removed: no more reminders. */
  void actionItemClosed(long actionItemId);
}
