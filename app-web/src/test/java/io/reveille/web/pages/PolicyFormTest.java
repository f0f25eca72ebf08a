package io.reveille.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.delivery.Channel;
import io.reveille.escalation.PolicyDefinition;
import io.reveille.escalation.Target;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

  @Test
  void chatFirstThenATextToWhoeverIsOnCallThenACallToTheManager() {
    PolicyForm form =
        PolicyForm.read(
            Posted.form(
                "name", "Payments standard",
                "repeatCount", "3",
                "isDefault", "on",
                "levels/0/targets", "TEAM_CHAT:7",
                "levels/0/channels", "CHAT",
                "levels/0/waitBeforeNext", "5",
                "levels/0/waitUnit", "MINUTES",
                "levels/1/targets", "SCHEDULE:12",
                "levels/1/channels", "SMS",
                "levels/1/channels", "EMAIL",
                "levels/1/waitBeforeNext", "90",
                "levels/1/waitUnit", "SECONDS",
                "levels/2/targets", "PERSON:3",
                "levels/2/channels", "VOICE",
                "levels/2/waitBeforeNext", "1",
                "levels/2/waitUnit", "HOURS"));

    PolicyDefinition definition = form.definition();

    assertThat(form.isDefault()).isTrue();
    assertThat(definition.name()).isEqualTo("Payments standard");
    assertThat(definition.repeatCount()).isEqualTo(3);
    assertThat(definition.levels()).hasSize(3);
    PolicyDefinition.Level second = definition.levels().get(1);
    assertThat(second.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.kind()).isEqualTo(Target.Kind.SCHEDULE);
              assertThat(t.refId()).isEqualTo(12);
            });
    assertThat(second.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    assertThat(second.waitBeforeNext()).isEqualTo(Duration.ofSeconds(90));
    assertThat(definition.levels().get(2).waitBeforeNext()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void everyProblemIsNamedByTheFieldThatHasItAndWhatWasTickedStaysTicked() {
    PolicyForm form =
        PolicyForm.read(
            Posted.form(
                "name", "P",
                "repeatCount", "twice",
                "levels/0/channels", "CHAT",
                "levels/0/waitBeforeNext", "5",
                "levels/0/waitUnit", "MINUTES",
                "levels/1/targets", "SCHEDULE:12",
                "levels/1/targets", "PIGEON:1",
                "levels/1/waitBeforeNext", "",
                "levels/1/waitUnit", "MINUTES"));

    InvalidInputException refused =
        catchThrowableOfType(form::definition, InvalidInputException.class);

    Map<String, String> messages =
        refused.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    assertThat(messages)
        .containsOnlyKeys(
            "name",
            "repeatCount",
            "levels/0/targets",
            "levels/1/targets",
            "levels/1/channels",
            "levels/1/waitBeforeNext");
    assertThat(messages.get("repeatCount")).contains("'twice'");
    assertThat(messages.get("levels/0/targets")).contains("Say whom level 1 pages");
    assertThat(messages.get("levels/1/targets")).contains("Choose whom the level pages");
    assertThat(messages.get("levels/1/waitBeforeNext")).contains("PT5M");
    assertThat(form.ticked(0, "CHAT")).isTrue();
    assertThat(form.ticked(1, "SCHEDULE:12")).isTrue();
    assertThat(form.ticked(1, "CHAT")).isFalse();
  }

  @Test
  void aWaitTooLongIsRefusedAsTheDomainRefusesIt() {
    PolicyForm form =
        PolicyForm.read(
            Posted.form(
                "name", "Payments",
                "repeatCount", "1",
                "levels/0/targets", "SCHEDULE:12",
                "levels/0/channels", "CHAT",
                "levels/0/waitBeforeNext", "25",
                "levels/0/waitUnit", "HOURS"));

    InvalidInputException refused =
        catchThrowableOfType(form::definition, InvalidInputException.class);

    assertThat(refused.field()).isEqualTo("levels/0/waitBeforeNext");
  }

  @Test
  void aLevelTickedForRemovalIsGoneAndAnAddedOneChatsForFiveMinutes() {
    PolicyForm form =
        PolicyForm.read(
            Posted.form(
                "name", "Payments",
                "repeatCount", "1",
                "levels/0/remove", "on",
                "levels/0/waitBeforeNext", "1",
                "levels/0/waitUnit", "MINUTES",
                "levels/1/targets", "SCHEDULE:12",
                "levels/1/waitBeforeNext", "10",
                "levels/1/waitUnit", "MINUTES"));

    PolicyForm grown = form.withLevelAdded();

    assertThat(grown.levels())
        .containsExactly(
            new PolicyForm.LevelForm(
                java.util.List.of("SCHEDULE:12"), java.util.List.of(), "10", "MINUTES"),
            new PolicyForm.LevelForm(
                java.util.List.of(), java.util.List.of("CHAT"), "5", "MINUTES"));
    assertThat(grown.name()).isEqualTo("Payments");
  }

  @Test
  void aStoredWaitIsShownInTheLargestWholeUnit() {
    assertThat(wait(Duration.ofMinutes(5))).isEqualTo("5 MINUTES");
    assertThat(wait(Duration.ofHours(2))).isEqualTo("2 HOURS");
    assertThat(wait(Duration.ofSeconds(90))).isEqualTo("90 SECONDS");
  }

  private static String wait(Duration stored) {
    PolicyForm.LevelForm shown =
        PolicyForm.levelOf(java.util.List.of(), java.util.List.of(), stored);
    return shown.waitBeforeNext() + " " + shown.waitUnit();
  }
}
