package io.reveille.escalation;

import io.reveille.delivery.Channel;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.TextInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an administrator writes to define or change an escalation policy. */
public record PolicyDefinition(String name, int repeatCount, List<Level> levels) {

  static final int MAX_LEVELS = 20;
  static final int MAX_ROUNDS = 10;
  static final Duration LONGEST_WAIT = Duration.ofDays(1);

  public PolicyDefinition {
    name = name == null ? null : name.strip();
    levels = levels == null ? List.of() : List.copyOf(levels);
  }

  /** One level: whom, how, and how long to wait for an acknowledgement before the next one. */
  public record Level(List<Target> targets, Set<Channel> channels, Duration waitBeforeNext) {
    public Level {
      targets = targets == null ? List.of() : List.copyOf(targets);
      channels = channels == null ? Set.of() : Set.copyOf(channels);
    }
  }

  /** Everything wrong, each naming its field (levels by JSON pointer style index). */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(errors, "name", name, 2, 100, "Name the policy, such as \"Payments on-call\".");
    if (repeatCount < 1 || repeatCount > MAX_ROUNDS) {
      errors.add(
          new FieldError(
              "repeatCount",
              "Run the policy between 1 and " + MAX_ROUNDS + " times before alerting managers."));
    }
    if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
      errors.add(new FieldError("levels", "Give between 1 and " + MAX_LEVELS + " levels."));
    }
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i);
      String at = "levels/" + i + "/";
      if (level == null) {
        errors.add(new FieldError("levels/" + i, "Level " + (i + 1) + " is empty; remove it."));
        continue;
      }
      if (level.targets().isEmpty()) {
        errors.add(
            new FieldError(
                at + "targets",
                "Say whom level " + (i + 1) + " pages: a schedule, a person or a team's chat."));
      }
      if (level.channels().isEmpty()) {
        errors.add(
            new FieldError(
                at + "channels",
                "Choose how level " + (i + 1) + " reaches people: chat, SMS, phone or e-mail."));
      }
      if (level.waitBeforeNext() == null
          || level.waitBeforeNext().compareTo(Duration.ofSeconds(1)) < 0
          || level.waitBeforeNext().compareTo(LONGEST_WAIT) > 0) {
        errors.add(
            new FieldError(
                at + "waitBeforeNext",
                "Wait between 1 second and 1 day for an acknowledgement, such as PT5M."));
      }
    }
    return errors;
  }
}
