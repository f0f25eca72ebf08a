package io.reveille.web.pages;

import io.reveille.delivery.Channel;
import io.reveille.escalation.EscalationLevel;
import io.reveille.escalation.EscalationPolicy;
import io.reveille.escalation.PolicyDefinition;
import io.reveille.escalation.Target;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An escalation policy as typed into its form. Level {@code i}'s fields are named {@code
 * levels/i/…}, as the domain names them when it refuses one. A target is sent as its kind and id,
 * such as {@code SCHEDULE:12}; the wait as a number and a unit.
 */
public record PolicyForm(
    String name, String repeatCount, boolean isDefault, String version, List<LevelForm> levels) {

  /** The units a wait is typed in. */
  public enum WaitUnit {
    SECONDS(ChronoUnit.SECONDS),
    MINUTES(ChronoUnit.MINUTES),
    HOURS(ChronoUnit.HOURS);

    private final ChronoUnit unit;

    WaitUnit(ChronoUnit unit) {
      this.unit = unit;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A level as typed: the ticked targets and channels, and the wait before the next level. */
  public record LevelForm(
      List<String> targets, List<String> channels, String waitBeforeNext, String waitUnit) {
    public LevelForm {
      targets = List.copyOf(targets);
      channels = List.copyOf(channels);
    }

    /** Whether a person is among the targets, so the (long) list of people opens. */
    public boolean pagesAPerson() {
      return targets.stream().anyMatch(t -> t.startsWith(Target.Kind.PERSON.name() + ":"));
    }
  }

  public PolicyForm {
    levels = List.copyOf(levels);
  }

  /** A new policy: one level posting to chat, five minutes for someone to acknowledge. */
  static PolicyForm blank() {
    return new PolicyForm("", "1", false, "", List.of(blankLevel()));
  }

  static PolicyForm of(EscalationPolicy policy) {
    List<LevelForm> levels = new ArrayList<>();
    for (EscalationLevel level : policy.levels()) {
      levels.add(
          levelOf(
              level.targets().stream().map(t -> t.kind().name() + ":" + t.refId()).toList(),
              level.channels().stream().map(Channel::name).sorted().toList(),
              level.waitBeforeNext()));
    }
    return new PolicyForm(
        policy.name(),
        String.valueOf(policy.repeatCount()),
        policy.isDefault(),
        String.valueOf(policy.version()),
        levels);
  }

  /**
   * Reads the form. Levels ticked "remove" are dropped here, so the refused form shown back and the
   * refusal's field names count the same levels.
   */
  static PolicyForm read(PostedForm form) {
    List<LevelForm> levels = new ArrayList<>();
    for (int i : form.indexes("levels/")) {
      String at = "levels/" + i + "/";
      if (form.ticked(at + "remove")) {
        continue;
      }
      levels.add(
          new LevelForm(
              form.all(at + "targets"),
              form.all(at + "channels"),
              form.one(at + "waitBeforeNext"),
              form.one(at + "waitUnit")));
    }
    return new PolicyForm(
        form.one("name"),
        form.one("repeatCount"),
        form.ticked("isDefault"),
        form.one("version"),
        levels);
  }

  /** The same form with one more level, as "Add a level" shows it. */
  PolicyForm withLevelAdded() {
    List<LevelForm> more = new ArrayList<>(levels);
    more.add(blankLevel());
    return new PolicyForm(name, repeatCount, isDefault, version, more);
  }

  /** Whether level {@code i} has {@code value} ticked, among its targets or its channels. */
  public boolean ticked(int i, String value) {
    LevelForm level = levels.get(i);
    return level.targets().contains(value) || level.channels().contains(value);
  }

  /** The version the form was loaded at, or null for a new policy. */
  Long loadedVersion() {
    if (version.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("version", "Reload the page and make the change again.");
    }
  }

  /**
   * The policy the form describes, checked as the domain checks it, so every problem is shown at
   * once; whether its targets exist is left to the domain.
   *
   * @throws InvalidInputException naming every field that is wrong, as the form names it
   */
  PolicyDefinition definition() {
    List<FieldError> errors = new ArrayList<>();
    Integer rounds = wholeNumber(repeatCount, "repeatCount", errors);
    if (repeatCount.isBlank()) {
      errors.add(new FieldError("repeatCount", "Say how often the levels run, such as 2."));
    }
    List<PolicyDefinition.Level> parsed = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      parsed.add(level(levels.get(i), "levels/" + i + "/", errors));
    }
    PolicyDefinition definition = new PolicyDefinition(name, rounds == null ? 1 : rounds, parsed);
    for (FieldError problem : definition.problems()) {
      if (errors.stream().noneMatch(known -> known.field().equals(problem.field()))) {
        errors.add(problem);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return definition;
  }

  private static PolicyDefinition.Level level(LevelForm typed, String at, List<FieldError> errors) {
    List<Target> targets = new ArrayList<>();
    for (String value : typed.targets()) {
      Target target = target(value);
      if (target == null) {
        errors.add(new FieldError(at + "targets", "Choose whom the level pages from the lists."));
      } else {
        targets.add(target);
      }
    }
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String value : typed.channels()) {
      try {
        channels.add(Channel.valueOf(value));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(at + "channels", "Choose chat, SMS, phone call or e-mail."));
      }
    }
    Duration wait = null;
    Integer amount = wholeNumber(typed.waitBeforeNext(), at + "waitBeforeNext", errors);
    WaitUnit unit = waitUnit(typed.waitUnit());
    if (amount != null && unit != null) {
      wait = unit.unit.getDuration().multipliedBy(amount);
    }
    return new PolicyDefinition.Level(targets, channels, wait);
  }

  /** {@code SCHEDULE:12} as a target, or null when it is not one. */
  private static Target target(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return null;
    }
    try {
      return new Target(
          Target.Kind.valueOf(value.substring(0, colon)),
          Long.parseLong(value.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static WaitUnit waitUnit(String typed) {
    try {
      return WaitUnit.valueOf(typed);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer wholeNumber(String typed, String field, List<FieldError> errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Give a whole number, such as 5, not '" + typed + "'."));
      return null;
    }
  }

  /** A stored level as the form shows it: the wait in the largest unit it is a whole number of. */
  static LevelForm levelOf(List<String> targets, List<String> channels, Duration wait) {
    WaitUnit unit = WaitUnit.SECONDS;
    for (WaitUnit larger : List.of(WaitUnit.HOURS, WaitUnit.MINUTES)) {
      if (wait.toSeconds() % larger.unit.getDuration().toSeconds() == 0) {
        unit = larger;
        break;
      }
    }
    long amount = wait.toSeconds() / unit.unit.getDuration().toSeconds();
    return new LevelForm(targets, channels, String.valueOf(amount), unit.name());
  }

  private static LevelForm blankLevel() {
    return new LevelForm(List.of(), List.of(Channel.CHAT.name()), "5", WaitUnit.MINUTES.name());
  }
}
