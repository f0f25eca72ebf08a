package io.reveille.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Test double for an application delegate: remembers what the process handed it, one {@link
 * Invocation} per call, and then does only what the process needs from the real delegate (usually
 * nothing, sometimes setting the variables the application promises).
 */
final class RecordingDelegate implements JavaDelegate {

  /**
   * What the delegate saw on one call: the engine's clock, a snapshot of the variables visible to
   * it, and of those local to its execution (such as input parameters of the activity).
   */
  record Invocation(
      String businessKey,
      String activityId,
      Date time,
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
  private final Consumer<DelegateExecution> effect;

  /** A delegate that only records. */
  RecordingDelegate() {
    this(execution -> {});
  }

  /** A delegate that records what it saw, then does {@code effect}, as the application would. */
  RecordingDelegate(Consumer<DelegateExecution> effect) {
    this.effect = effect;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invocations.add(
        new Invocation(
            execution.getProcessBusinessKey(),
            execution.getCurrentActivityId(),
            ClockUtil.getCurrentTime(),
            Collections.unmodifiableMap(new HashMap<>(execution.getVariables())),
            Collections.unmodifiableMap(new HashMap<>(execution.getVariablesLocal()))));
    effect.accept(execution);
  }

  List<Invocation> invocations() {
    return List.copyOf(invocations);
  }
}
