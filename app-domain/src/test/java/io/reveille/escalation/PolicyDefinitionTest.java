package io.reveille.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.delivery.Channel;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyDefinitionTest {
  private static final PolicyDefinition.Level CHAT_FIRST =
      new PolicyDefinition.Level(
          List.of(new Target(Target.Kind.TEAM_CHAT, 1)),
          Set.of(Channel.CHAT),
          Duration.ofMinutes(5));

  @Test
  void aSoundPolicyHasNoProblems() {
    assertThat(new PolicyDefinition("Payments", 2, List.of(CHAT_FIRST)).problems()).isEmpty();
  }

  @Test
  void eachProblemNamesTheLevelAndField() {
    PolicyDefinition broken =
        new PolicyDefinition(
            " ",
            0,
            List.of(
                CHAT_FIRST, new PolicyDefinition.Level(List.of(), Set.of(), Duration.ofDays(2))));
    assertThat(broken.problems())
        .extracting(FieldError::field)
        .containsExactly(
            "name",
            "repeatCount",
            "levels/1/targets",
            "levels/1/channels",
            "levels/1/waitBeforeNext");
  }

  @Test
  void aPolicyNeedsALevel() {
    assertThat(new PolicyDefinition("Empty", 1, List.of()).problems())
        .extracting(FieldError::field)
        .containsExactly("levels");
  }
}
