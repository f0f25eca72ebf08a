package io.reveille.infrastructure.camunda;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine, parsing each decision-table cell once instead of on every evaluation.
 *
 * <p>{@link ScalaFeelEngine#evaluateSimpleUnaryTests} hands the cell's text to the FEEL engine,
 * which parses it every time; with a table of forty cells evaluated on every declaration, parsing
 * was most of the server's CPU time (see docs/benchmarks.md). The evaluation itself, its variables
 * and its errors are exactly Camunda's. The cache holds the cells of the deployed tables, a bounded
 * set.
 */
final class CachingFeelEngine extends ScalaFeelEngine {
  private final Map<String, ParsedExpression> parsedUnaryTests = new ConcurrentHashMap<>();

  CachingFeelEngine() {
    super(List.of());
  }

  static FeelEngineFactory factory() {
    return new FeelEngineFactory() {
      @Override
      public FeelEngine createInstance() {
        return new CachingFeelEngine();
      }
    };
  }

  @Override
  public boolean evaluateSimpleUnaryTests(
      String expression,
      String inputVariable,
      org.camunda.bpm.engine.variable.context.VariableContext variableContext) {
    ParsedExpression parsed = parsedUnaryTests.computeIfAbsent(expression, this::parse);
    StaticVariableProvider input =
        new StaticVariableProvider(
            new camundajar.impl.scala.collection.immutable.Map.Map1<String, Object>(
                INPUT_VARIABLE_NAME, inputVariable));
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return new CompositeVariableProvider(toScalaList(input, variables));
          }
        };
    return (Boolean) valueOf(feelEngine.eval(parsed, context));
  }

  private ParsedExpression parse(String expression) {
    return (ParsedExpression) valueOf(feelEngine.parseUnaryTests(expression));
  }

  private static Object valueOf(Either<Failure, ?> result) {
    if (result instanceof Right<?, ?> right) {
      return right.value();
    }
    throw LOGGER.evaluationException(result.left().get().message());
  }
}
