package io.reveille.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Test double for an application delegate: does nothing but remember what the process handed it,
 * one {@link Invocation} per call.
 */
final class RecordingDelegate implements JavaDelegate {

  /**
   * What the delegate saw on one call: a snapshot of the variables visible to it, and of those
   * local to its execution (such as input parameters of the activity).
   */
  record Invocation(
      String businessKey,
      String activityId,
      Map<String, Object> variables,
      Map<String, Object> localVariables) {

    Object variable(String name) {
      return variables.get(name);
    }

    /** A variable of the delegate's own execution, as {@code execution.getVariableLocal(name)}. */
    Object localVariable(String name) {
      return localVariables.get(name);
    }

    /** The severity decision's outputs, as the business rule task mapped them to variables. */
    Map<String, Object> classification() {
      return Map.of("severity", variable("severity"), "reason", variable("severityReason"));
    }
  }

  private final List<Invocation> invocations = new ArrayList<>();

  @Override
  public void execute(DelegateExecution execution) {
    invocations.add(
        new Invocation(
            execution.getProcessBusinessKey(),
            execution.getCurrentActivityId(),
            Collections.unmodifiableMap(new HashMap<>(execution.getVariables())),
            Collections.unmodifiableMap(new HashMap<>(execution.getVariablesLocal()))));
  }

  List<Invocation> invocations() {
    return List.copyOf(invocations);
  }
}
