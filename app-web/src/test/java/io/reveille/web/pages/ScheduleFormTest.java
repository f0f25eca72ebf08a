package io.reveille.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reveille.oncall.Layer;
import io.reveille.oncall.Restriction;
import io.reveille.oncall.Schedule;
import io.reveille.oncall.TurnLength;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScheduleFormTest {
  private static final Predicate<String> TEAM = Set.of("bob", "erin", "pat")::contains;

  @Test
  void aWeeklyRotationWithBusinessHoursAndAnEveningWindow() {
    Schedule schedule =
        ScheduleForm.read(
                Posted.form(
                    "name", "Payments primary",
                    "timeZone", "Europe/Berlin",
                    "layers/0/name", "Primary",
                    "layers/0/turnAmount", "7",
                    "layers/0/turnUnit", "DAYS",
                    "layers/0/handoffTime", "09:00",
                    "layers/0/timeZone", "",
                    "layers/0/startDate", "2026-11-23",
                    "layers/0/participants", "bob\r\nerin\n\n pat ",
                    "layers/0/restrictions/0/startDay", "MONDAY",
                    "layers/0/restrictions/0/startTime", "09:00",
                    "layers/0/restrictions/0/endDay", "FRIDAY",
                    "layers/0/restrictions/0/endTime", "17:00",
                    "layers/0/restrictions/1/startDay", "",
                    "layers/0/restrictions/1/startTime", "22:00",
                    "layers/0/restrictions/1/endDay", "",
                    "layers/0/restrictions/1/endTime", "06:00",
                    "layers/0/restrictions/2/startDay", "",
                    "layers/0/restrictions/2/startTime", "",
                    "layers/0/restrictions/2/endDay", "",
                    "layers/0/restrictions/2/endTime", ""))
            .definition(TEAM);

    assertThat(schedule.name()).isEqualTo("Payments primary");
    Layer primary = schedule.layers().get(0);
    assertThat(primary.rotation().participants()).containsExactly("bob", "erin", "pat");
    assertThat(primary.rotation().turnLength()).isEqualTo(TurnLength.weekly());
    assertThat(primary.rotation().zone())
        .as("the schedule's zone")
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(primary.rotation().startDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(primary.restrictions())
        .as("the spare window left empty is not a window")
        .containsExactly(
            Restriction.weekly(
                DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.FRIDAY, LocalTime.of(17, 0)),
            Restriction.daily(LocalTime.of(22, 0), LocalTime.of(6, 0)));
  }

  @Test
  void aWeeklyWindowWithoutAnEndDayEndsTheSameDayOrTheNext() {
    Schedule schedule =
        ScheduleForm.read(
                layer(
                    "layers/0/restrictions/0/startDay", "SATURDAY",
                    "layers/0/restrictions/0/startTime", "10:00",
                    "layers/0/restrictions/0/endTime", "18:00",
                    "layers/0/restrictions/1/startDay", "SUNDAY",
                    "layers/0/restrictions/1/startTime", "22:00",
                    "layers/0/restrictions/1/endTime", "06:00"))
            .definition(TEAM);

    assertThat(schedule.layers().get(0).restrictions())
        .containsExactly(
            Restriction.weekly(
                DayOfWeek.SATURDAY, LocalTime.of(10, 0), DayOfWeek.SATURDAY, LocalTime.of(18, 0)),
            Restriction.weekly(
                DayOfWeek.SUNDAY, LocalTime.of(22, 0), DayOfWeek.MONDAY, LocalTime.of(6, 0)));
  }

  @Test
  void everyProblemIsNamedByTheFieldThatHasIt() {
    InvalidInputException refused =
        catchThrowableOfType(
            () ->
                ScheduleForm.read(
                        Posted.form(
                            "name", " ",
                            "timeZone", "Mars/Olympus",
                            "layers/0/name", "Primary",
                            "layers/0/turnAmount", "a week",
                            "layers/0/turnUnit", "DAYS",
                            "layers/0/handoffTime", "25:00",
                            "layers/0/startDate", "2026-11-23",
                            "layers/0/participants", "bob\nnobody-of-that-name",
                            "layers/1/name", "Backup",
                            "layers/1/turnAmount", "0",
                            "layers/1/turnUnit", "HOURS",
                            "layers/1/handoffTime", "09:00",
                            "layers/1/timeZone", "Europe/Berlin",
                            "layers/1/startDate", "",
                            "layers/1/participants", "",
                            "layers/1/restrictions/0/startTime", "09:00",
                            "layers/1/restrictions/0/endTime", "09:00"))
                    .definition(TEAM),
            InvalidInputException.class);

    Map<String, String> messages =
        refused.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    assertThat(messages)
        .containsOnlyKeys(
            "name",
            "timeZone",
            "layers/0/turnAmount",
            "layers/0/handoffTime",
            "layers/0/participants",
            "layers/1/turnAmount",
            "layers/1/startDate",
            "layers/1/participants",
            "layers/1/restrictions/0/endTime");
    assertThat(messages.get("layers/0/turnAmount")).contains("'a week'");
    assertThat(messages.get("layers/0/handoffTime")).contains("'25:00'");
    assertThat(messages.get("layers/0/participants")).contains("nobody-of-that-name");
    assertThat(messages.get("layers/1/turnAmount")).contains("at least 1 hour");
    assertThat(messages.get("layers/1/startDate")).contains("first hand-off");
    assertThat(messages.get("layers/1/restrictions/0/endTime")).contains("different start and end");
  }

  @Test
  void twoLayersWithOneNameAreRefusedTogether() {
    PostedForm form =
        Posted.form(
            "name",
            "Payments",
            "timeZone",
            "UTC",
            "layers/0/name",
            "Primary",
            "layers/0/turnAmount",
            "1",
            "layers/0/turnUnit",
            "DAYS",
            "layers/0/handoffTime",
            "09:00",
            "layers/0/startDate",
            "2026-11-23",
            "layers/0/participants",
            "bob",
            "layers/1/name",
            "Primary",
            "layers/1/turnAmount",
            "1",
            "layers/1/turnUnit",
            "DAYS",
            "layers/1/handoffTime",
            "09:00",
            "layers/1/startDate",
            "2026-11-23",
            "layers/1/participants",
            "erin");

    InvalidInputException refused =
        catchThrowableOfType(
            () -> ScheduleForm.read(form).definition(TEAM), InvalidInputException.class);

    assertThat(refused.field()).isEqualTo("layers");
    assertThat(refused.getMessage()).contains("Two layers are called \"Primary\"");
  }

  @Test
  void aLayerTickedForRemovalIsGoneAndTheOthersAreCountedFromZero() {
    ScheduleForm form =
        ScheduleForm.read(
            Posted.form(
                "name",
                "Payments",
                "timeZone",
                "UTC",
                "layers/0/name",
                "Old",
                "layers/0/remove",
                "on",
                "layers/1/name",
                "Primary",
                "layers/1/turnAmount",
                "1",
                "layers/1/turnUnit",
                "DAYS",
                "layers/1/handoffTime",
                "09:00",
                "layers/1/startDate",
                "2026-11-23",
                "layers/1/participants",
                "nobody"));

    assertThat(form.layers()).extracting(ScheduleForm.LayerForm::name).containsExactly("Primary");
    InvalidInputException refused =
        catchThrowableOfType(() -> form.definition(TEAM), InvalidInputException.class);
    assertThat(refused.field()).isEqualTo("layers/0/participants");
  }

  @Test
  void addingALayerKeepsEverythingTypedAndOffersAWeeklyLayerStartingToday() {
    ScheduleForm typed = ScheduleForm.read(layer());

    ScheduleForm grown = typed.withLayerAdded(LocalDate.of(2026, 11, 24));

    assertThat(grown.layers()).hasSize(2);
    assertThat(grown.layers().get(0)).isEqualTo(typed.layers().get(0));
    assertThat(grown.layers().get(1))
        .isEqualTo(
            new ScheduleForm.LayerForm(
                "Layer 2", "7", "DAYS", "09:00", "", "2026-11-24", "", java.util.List.of()));
    assertThat(grown.name()).isEqualTo("Payments");
  }

  @Test
  void aStoredScheduleReadsBackAsTheSameSchedule() {
    Schedule typed =
        ScheduleForm.read(
                layer(
                    "layers/0/restrictions/0/startDay", "MONDAY",
                    "layers/0/restrictions/0/startTime", "09:00",
                    "layers/0/restrictions/0/endDay", "FRIDAY",
                    "layers/0/restrictions/0/endTime", "17:00"))
            .definition(TEAM);

    ScheduleForm.LayerForm shown = ScheduleForm.layerOf(typed.layers().get(0));

    assertThat(shown.participants()).isEqualTo("bob\nerin");
    assertThat(shown.windows())
        .containsExactly(new ScheduleForm.WindowForm("MONDAY", "09:00", "FRIDAY", "17:00"));
    assertThat(shown.windowsAndSpare())
        .hasSize(2)
        .last()
        .satisfies(w -> assertThat(w.isBlank()).isTrue());
  }

  /** A sound schedule with one daily layer of bob and erin, and the fields given. */
  private static PostedForm layer(String... more) {
    String[] base = {
      "name", "Payments",
      "timeZone", "UTC",
      "layers/0/name", "Primary",
      "layers/0/turnAmount", "1",
      "layers/0/turnUnit", "DAYS",
      "layers/0/handoffTime", "09:00",
      "layers/0/startDate", "2026-11-23",
      "layers/0/participants", "bob\nerin"
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return Posted.form(all);
  }
}
