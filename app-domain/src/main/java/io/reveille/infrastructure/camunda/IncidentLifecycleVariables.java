package io.reveille.infrastructure.camunda;

import io.reveille.incident.ImpactAssessment;
import io.reveille.severity.Severity;
import io.reveille.severity.SeverityAssessment;
import io.reveille.shared.Settings;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code incident-lifecycle}, typed: the one place that knows their names. Process
 * variables hold identifiers and plain values, never entities.
 */
final class IncidentLifecycleVariables {
  static final String PROCESS_KEY = "incident-lifecycle";
  static final String DECISION_KEY = "severity-classification";
  static final String STATUS_CHANGED = "IncidentStatusChanged";
  static final String REASSESSED = "IncidentReassessed";
  static final String PUBLIC_UPDATE_POSTED = "PublicUpdatePosted";
  static final String NEXT_UPDATE_DUE = "nextUpdateDue";

  /**
   * How long the communications lead has to answer the reminder before the commander is alerted
   * (ISO-8601; short in whole-system tests).
   */
  static final String UPDATE_REMINDER_GRACE =
      Settings.get("reveille.cadence.reminder-grace").orElse("PT10M");

  private IncidentLifecycleVariables() {}

  static Map<String, Object> impact(ImpactAssessment impact) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("customerImpact", impact.customerImpact().code());
    variables.put("dataLoss", impact.dataLoss());
    variables.put("securityBreach", impact.securityBreach());
    variables.put("criticalFunctionDown", impact.criticalFunctionDown());
    variables.put("externallyVisible", impact.externallyVisible());
    return variables;
  }

  static Map<String, Object> start(
      long incidentId, ImpactAssessment impact, Instant commanderDue, Instant firstUpdateDue) {
    Map<String, Object> variables = impact(impact);
    variables.put("incidentId", incidentId);
    variables.put("assignCommanderDue", Date.from(commanderDue));
    variables.put("firstUpdateDue", Date.from(firstUpdateDue));
    // No update promised until the first public one states when the next comes.
    variables.put(NEXT_UPDATE_DUE, null);
    variables.put("updateReminderGrace", UPDATE_REMINDER_GRACE);
    return variables;
  }

  static Instant nextUpdateDue(VariableScope scope) {
    Date due = (Date) scope.getVariable(NEXT_UPDATE_DUE);
    return due == null ? null : due.toInstant();
  }

  static long incidentId(VariableScope scope) {
    return ((Number) scope.getVariable("incidentId")).longValue();
  }

  /**
   * The decision table's result, mapped by the business rule task to two plain variables (no
   * serialized objects in the engine's tables).
   */
  static SeverityAssessment classification(VariableScope scope) {
    return new SeverityAssessment(
        Severity.valueOf((String) scope.getVariable("severity")),
        (String) scope.getVariable("severityReason"));
  }

  static SeverityAssessment fromDecision(Map<String, Object> result) {
    return new SeverityAssessment(
        Severity.valueOf((String) result.get("severity")), (String) result.get("reason"));
  }

  static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
