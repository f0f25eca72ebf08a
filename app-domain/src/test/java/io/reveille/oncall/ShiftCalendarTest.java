package io.reveille.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ShiftCalendarTest {

  @Test
  void eachShiftIsAnEventWithAStableUidThatCalendarAppsCanRead() throws Exception {
    Shift first =
        new Shift(
            "bob",
            Instant.parse("2026-11-23T09:00:00Z"),
            Instant.parse("2026-11-30T09:00:00Z"),
            "Primary");
    Shift cover =
        new Shift(
            "erin",
            Instant.parse("2026-11-25T18:00:00Z"),
            Instant.parse("2026-11-26T08:00:00Z"),
            "override");
    String ics =
        ShiftCalendar.of(
            "On call: Platform",
            List.of(
                new ShiftCalendar.Entry(7, "Platform <primary>", first),
                new ShiftCalendar.Entry(7, "Platform <primary>", cover)),
            Instant.parse("2026-11-21T12:00:00Z"));

    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:On call: Platform");
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).getSummary().getValue())
        .isEqualTo("On call: Platform <primary> (bob)");
    assertThat(events.get(0).getUid().orElseThrow().getValue())
        .isEqualTo("shift-7-bob-" + first.start().getEpochSecond() + "@reveille");
    assertThat(events.get(0).getDateTimeStart().getValue()).isEqualTo("20261123T090000Z");
    assertThat(events.get(1).getDescription().getValue()).contains("covering by override");
  }
}
