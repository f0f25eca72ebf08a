package io.reveille.infrastructure.camunda;

import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code maintenance}, typed: the one place that knows their names. */
final class MaintenanceVariables {
  static final String PROCESS_KEY = "maintenance";
  static final String RESCHEDULED = "MaintenanceRescheduled";
  static final String CANCELLED = "MaintenanceCancelled";
  static final String CONFIRM_TASK = "Task_ConfirmComplete";
  static final String NOBODY_CONFIRMED = "BoundaryEvent_NobodyConfirmed";
  static final String MAINTENANCE_ID = "maintenanceId";

  /**
   * How long a window that reached its end waits for an incident manager's confirmation before it
   * completes on its own (ISO-8601; short in whole-system tests).
   */
  static final String VERIFICATION_TIMEOUT =
      Duration.parse(Settings.get("reveille.maintenance.confirm-within").orElse("PT1H")).toString();

  private MaintenanceVariables() {}

  /** MNT-7: distinct from incident numbers, which share the engine's business keys. */
  static String businessKey(long maintenanceId) {
    return "MNT-" + maintenanceId;
  }

  static Map<String, Object> start(MaintenanceWindow window, Instant remindAt) {
    Map<String, Object> variables = times(window, remindAt);
    variables.put(MAINTENANCE_ID, window.id());
    variables.put("started", false);
    variables.put("verificationTimeout", VERIFICATION_TIMEOUT);
    variables.put("confirmedBy", null);
    return variables;
  }

  /** The window's times as the timers read them; remindAt null means no reminder. */
  static Map<String, Object> times(MaintenanceWindow window, Instant remindAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("startsAt", IncidentLifecycleVariables.date(window.startsAt()));
    variables.put("endsAt", IncidentLifecycleVariables.date(window.endsAt()));
    variables.put("remindAt", IncidentLifecycleVariables.date(remindAt));
    return variables;
  }

  static long maintenanceId(VariableScope scope) {
    return ((Number) scope.getVariable(MAINTENANCE_ID)).longValue();
  }

  /** Who confirmed the window complete; null when it completed on its own. */
  static String confirmedBy(VariableScope scope) {
    return (String) scope.getVariable("confirmedBy");
  }
}
