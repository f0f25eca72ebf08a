package io.reveille.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.web.api.Problem.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

  @Test
  void aTopLevelFieldPointsAtItself() {
    FieldProblem problem = FieldProblem.of("title", "Give the incident a short title.");

    assertThat(problem.field()).isEqualTo("title");
    assertThat(problem.pointer()).isEqualTo("#/title");
    assertThat(problem.detail()).isEqualTo("Give the incident a short title.");
  }

  @Test
  void anItemOfAListPointsAtItsIndex() {
    FieldProblem problem = FieldProblem.of("actionItems[0].dueDate", "Give a due date.");

    assertThat(problem.field()).isEqualTo("actionItems[0].dueDate");
    assertThat(problem.pointer()).isEqualTo("#/actionItems/0/dueDate");
    assertThat(problem.detail()).isEqualTo("Give a due date.");
  }

  @ParameterizedTest
  @CsvSource({
    "impact.customerImpact, #/impact/customerImpact",
    "actionItems[12].state, #/actionItems/12/state",
    "roles, #/roles",
    "actionItems[3], #/actionItems/3"
  })
  void nestedFieldsBecomeJsonPointers(String field, String pointer) {
    assertThat(FieldProblem.of(field, "x").pointer()).isEqualTo(pointer);
  }
}
