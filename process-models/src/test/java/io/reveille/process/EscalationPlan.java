package io.reveille.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the application's {@code planEscalation} finds for an incident: whether a policy applies,
 * its shape (levels and rounds), and where the business hours stand.
 */
record EscalationPlan(
    boolean hasPolicy,
    int levelCount,
    int repeatCount,
    boolean withinBusinessHours,
    Date nextBusinessHoursStart) {

  /** How long an acknowledged escalation waits for a sign of life from the responder. */
  static final String ACKNOWLEDGEMENT_TIMEOUT = "PT30M";

  /** How long a re-paged responder has to acknowledge again before the escalation starts over. */
  static final String REPAGE_WAIT = "PT10M";

  /** No policy covers the incident: nobody is paged. */
  static EscalationPlan noPolicy() {
    return new EscalationPlan(false, 0, 0, false, null);
  }

  /**
   * A policy of {@code levelCount} levels, run {@code repeatCount} times, during business hours.
   */
  static EscalationPlan policy(int levelCount, int repeatCount) {
    return new EscalationPlan(true, levelCount, repeatCount, true, null);
  }

  EscalationPlan withinBusinessHours(Date nextBusinessHoursStart) {
    return new EscalationPlan(hasPolicy, levelCount, repeatCount, true, nextBusinessHoursStart);
  }

  EscalationPlan outsideBusinessHoursUntil(Date nextBusinessHoursStart) {
    return new EscalationPlan(hasPolicy, levelCount, repeatCount, false, nextBusinessHoursStart);
  }

  /**
   * Sets the variables the application promises in the README's contract, with the types it
   * promises. Without a policy it sets {@code hasPolicy} only: the process must not need more.
   */
  void applyTo(DelegateExecution execution) {
    execution.setVariable("hasPolicy", hasPolicy);
    if (!hasPolicy) {
      return;
    }
    execution.setVariable("withinBusinessHours", withinBusinessHours);
    execution.setVariable("nextBusinessHoursStart", nextBusinessHoursStart);
    execution.setVariable("levelCount", levelCount);
    execution.setVariable("repeatCount", repeatCount);
    execution.setVariable("acknowledgementTimeout", ACKNOWLEDGEMENT_TIMEOUT);
    execution.setVariable("repageWait", REPAGE_WAIT);
    execution.setVariable("level", 0);
    execution.setVariable("round", 0);
  }
}
