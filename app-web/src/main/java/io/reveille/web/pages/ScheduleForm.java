package io.reveille.web.pages;

import io.reveille.oncall.Layer;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.Restriction;
import io.reveille.oncall.Rotation;
import io.reveille.oncall.Schedule;
import io.reveille.oncall.TurnLength;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.web.api.Inputs;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An on-call schedule as typed into its form: every part a string, so a refused form shows exactly
 * what was typed. Layer {@code i}'s fields are named {@code layers/i/…} and its windows {@code
 * layers/i/restrictions/j/…}, which is also how refusals name them.
 */
public record ScheduleForm(
    String name, String timeZone, String teamId, String version, List<LayerForm> layers) {

  /** A layer as typed; participants one username a line, in the order they take turns. */
  public record LayerForm(
      String name,
      String turnAmount,
      String turnUnit,
      String handoffTime,
      String timeZone,
      String startDate,
      String participants,
      List<WindowForm> windows) {

    public LayerForm {
      windows = List.copyOf(windows);
    }

    /** The windows and one spare, empty, for adding a window without JavaScript. */
    public List<WindowForm> windowsAndSpare() {
      List<WindowForm> rows = new ArrayList<>(windows);
      rows.add(new WindowForm("", "", "", ""));
      return rows;
    }

    /** The usernames in turn order; commas work as well as lines. */
    public List<String> participantList() {
      return Arrays.stream(participants.split("[\\n,]"))
          .map(String::strip)
          .filter(p -> !p.isEmpty())
          .toList();
    }
  }

  /**
   * A window during which the layer has someone on call. An empty start day means every day; an
   * empty end day means the same day, or the next if the end is not after the start.
   */
  public record WindowForm(String startDay, String startTime, String endDay, String endTime) {
    /** The form always offers one spare window; left without times, it is not a window. */
    boolean isBlank() {
      return startTime.isBlank() && endTime.isBlank();
    }
  }

  public ScheduleForm {
    layers = List.copyOf(layers);
  }

  /** A new schedule: one weekly layer handing off at 09:00, starting today. */
  static ScheduleForm blank(ZoneId zone, LocalDate today) {
    return new ScheduleForm("", zone.getId(), "", "", List.of(blankLayer("Primary", today)));
  }

  static ScheduleForm of(OnCallSchedule stored) {
    Schedule schedule = stored.toSchedule();
    return new ScheduleForm(
        schedule.name(),
        schedule.zone().getId(),
        stored.team() == null ? "" : String.valueOf(stored.team().id()),
        String.valueOf(stored.version()),
        schedule.layers().stream().map(ScheduleForm::layerOf).toList());
  }

  /**
   * Reads the form. Layers ticked "remove" and windows left blank are dropped here, so the refused
   * form shown back and the refusal's field names count the same layers.
   */
  static ScheduleForm read(PostedForm form) {
    List<LayerForm> layers = new ArrayList<>();
    for (int i : form.indexes("layers/")) {
      String at = "layers/" + i + "/";
      if (form.ticked(at + "remove")) {
        continue;
      }
      List<WindowForm> windows = new ArrayList<>();
      for (int j : form.indexes(at + "restrictions/")) {
        String window = at + "restrictions/" + j + "/";
        WindowForm typed =
            new WindowForm(
                form.one(window + "startDay"),
                form.one(window + "startTime"),
                form.one(window + "endDay"),
                form.one(window + "endTime"));
        if (!typed.isBlank()) {
          windows.add(typed);
        }
      }
      layers.add(
          new LayerForm(
              form.one(at + "name"),
              form.one(at + "turnAmount"),
              form.one(at + "turnUnit"),
              form.one(at + "handoffTime"),
              form.one(at + "timeZone"),
              form.one(at + "startDate"),
              form.one(at + "participants"),
              windows));
    }
    return new ScheduleForm(
        form.one("name"), form.one("timeZone"), form.one("teamId"), form.one("version"), layers);
  }

  /** The same form with one more layer, as "Add a layer" shows it. */
  ScheduleForm withLayerAdded(LocalDate today) {
    List<LayerForm> more = new ArrayList<>(layers);
    more.add(blankLayer("Layer " + (layers.size() + 1), today));
    return new ScheduleForm(name, timeZone, teamId, version, more);
  }

  /** The team chosen, or null for none. */
  Long team() {
    return id(teamId, "teamId", "Choose one of the teams.");
  }

  /** The version the form was loaded at, or null for a new schedule. */
  Long loadedVersion() {
    return id(version, "version", "Reload the page and make the change again.");
  }

  /**
   * The schedule the form describes.
   *
   * @param isPerson whether a username belongs to someone, so an unknown participant is named next
   *     to the layer that has them
   * @throws InvalidInputException naming every field that is wrong, as the form names it
   */
  Schedule definition(Predicate<String> isPerson) {
    List<FieldError> errors = new ArrayList<>();
    if (name.isBlank()) {
      errors.add(new FieldError("name", "Give the schedule a name, such as \"Payments primary\"."));
    }
    ZoneId zone = zone(timeZone, "timeZone", errors);
    if (zone == null && errors.stream().noneMatch(e -> e.field().equals("timeZone"))) {
      errors.add(new FieldError("timeZone", "Choose the time zone the schedule is shown in."));
    }
    if (layers.isEmpty()) {
      errors.add(new FieldError("layers", "Add at least one layer to the schedule."));
    }
    List<Layer> parsed = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      parsed.add(layer(layers.get(i), "layers/" + i + "/", zone, isPerson, errors));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    // What is left to refuse concerns the layers together: two with one name.
    return new Schedule(name.strip(), zone, parsed);
  }

  private static Layer layer(
      LayerForm typed,
      String at,
      ZoneId scheduleZone,
      Predicate<String> isPerson,
      List<FieldError> errors) {
    int before = errors.size();
    TurnLength turnLength = turnLength(typed, at, errors);
    LocalTime handoff =
        parse(() -> Inputs.time(blankToNull(typed.handoffTime()), at + "handoffTime"), errors);
    ZoneId zone =
        typed.timeZone().isBlank() ? scheduleZone : zone(typed.timeZone(), at + "timeZone", errors);
    LocalDate start =
        parse(() -> Inputs.date(blankToNull(typed.startDate()), at + "startDate"), errors);
    List<String> participants = typed.participantList();
    List<String> unknown = participants.stream().filter(isPerson.negate()).distinct().toList();
    if (!unknown.isEmpty()) {
      errors.add(
          new FieldError(
              at + "participants",
              "There is nobody called " + String.join(", ", unknown) + " to put on call."));
    }
    List<Restriction> restrictions = new ArrayList<>();
    for (int j = 0; j < typed.windows().size(); j++) {
      Restriction window = window(typed.windows().get(j), at + "restrictions/" + j + "/", errors);
      if (window != null) {
        restrictions.add(window);
      }
    }
    Rotation rotation =
        parse(
            () ->
                InvalidInputException.prefixed(
                    at,
                    Map.of("turnLength", "turnAmount", "zone", "timeZone"),
                    () -> new Rotation(participants, turnLength, handoff, zone, start)),
            errors);
    if (typed.timeZone().isBlank()) {
      // The layer follows the schedule's zone; a complaint about that belongs to the schedule's.
      errors.removeIf(e -> e.field().equals(at + "timeZone"));
    }
    if (errors.size() > before) {
      return null;
    }
    return parse(
        () ->
            InvalidInputException.prefixed(
                at, () -> new Layer(typed.name().strip(), rotation, restrictions)),
        errors);
  }

  private static TurnLength turnLength(LayerForm typed, String at, List<FieldError> errors) {
    TurnLength.Unit unit =
        parse(() -> Inputs.parse(TurnLength.Unit.class, typed.turnUnit(), at + "turnUnit"), errors);
    Integer amount = wholeNumber(typed.turnAmount(), at + "turnAmount", errors);
    if (unit == null || amount == null) {
      return null;
    }
    return parse(
        () ->
            InvalidInputException.prefixed(
                at, Map.of("turnLength", "turnAmount"), () -> new TurnLength(unit, amount)),
        errors);
  }

  private static Restriction window(WindowForm typed, String at, List<FieldError> errors) {
    int before = errors.size();
    DayOfWeek startDay =
        parse(() -> Inputs.parse(DayOfWeek.class, typed.startDay(), at + "startDay"), errors);
    DayOfWeek endDay =
        parse(() -> Inputs.parse(DayOfWeek.class, typed.endDay(), at + "endDay"), errors);
    LocalTime start =
        parse(() -> Inputs.time(blankToNull(typed.startTime()), at + "startTime"), errors);
    LocalTime end = parse(() -> Inputs.time(blankToNull(typed.endTime()), at + "endTime"), errors);
    if (errors.size() > before) {
      return null;
    }
    return parse(
        () ->
            InvalidInputException.prefixed(
                at,
                Map.of("start", "startTime", "end", "endTime"),
                () -> {
                  if (startDay == null) {
                    return Restriction.daily(start, end);
                  }
                  DayOfWeek until =
                      endDay != null
                          ? endDay
                          : end == null || start == null || end.isAfter(start)
                              ? startDay
                              : startDay.plus(1);
                  return Restriction.weekly(startDay, start, until, end);
                }),
        errors);
  }

  /** Runs a parse; a refusal is added to {@code errors} (one message a field) and gives null. */
  private static <T> T parse(java.util.function.Supplier<T> parse, List<FieldError> errors) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      for (FieldError error : e.errors()) {
        if (errors.stream().noneMatch(known -> known.field().equals(error.field()))) {
          errors.add(error);
        }
      }
      return null;
    }
  }

  private static ZoneId zone(String typed, String field, List<FieldError> errors) {
    return parse(() -> Inputs.zone(blankToNull(typed), field), errors);
  }

  private static Integer wholeNumber(String typed, String field, List<FieldError> errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Give a whole number, such as 7, not '" + typed + "'."));
      return null;
    }
  }

  private static Long id(String typed, String field, String advice) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, advice);
    }
  }

  private static String blankToNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed;
  }

  private static LayerForm blankLayer(String name, LocalDate today) {
    return new LayerForm(name, "7", "DAYS", "09:00", "", today.toString(), "", List.of());
  }

  static LayerForm layerOf(Layer layer) {
    Rotation rotation = layer.rotation();
    return new LayerForm(
        layer.name(),
        String.valueOf(rotation.turnLength().amount()),
        rotation.turnLength().unit().name(),
        rotation.handoffTime().toString(),
        rotation.zone().getId(),
        rotation.startDate().toString(),
        String.join("\n", rotation.participants()),
        layer.restrictions().stream().map(ScheduleForm::windowOf).toList());
  }

  private static WindowForm windowOf(Restriction restriction) {
    if (restriction instanceof Restriction.Daily daily) {
      return new WindowForm("", daily.start().toString(), "", daily.end().toString());
    }
    Restriction.Weekly weekly = (Restriction.Weekly) restriction;
    return new WindowForm(
        weekly.startDay().name(),
        weekly.startTime().toString(),
        weekly.endDay().name(),
        weekly.endTime().toString());
  }
}
