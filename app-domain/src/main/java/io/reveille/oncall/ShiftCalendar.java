package io.reveille.oncall;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * Shifts as an iCalendar feed (RFC 5545) that calendar apps subscribe to. Times are UTC, so the app
 * shows them in the reader's zone; each shift's UID is stable (schedule, person, start), so a
 * refreshed feed updates events instead of duplicating them.
 */
public final class ShiftCalendar {
  private ShiftCalendar() {}

  /** One entry: the shift, and the schedule it is on. */
  public record Entry(long scheduleId, String scheduleName, Shift shift) {}

  public static String of(String calendarName, List<Entry> entries, Instant generatedAt) {
    Calendar calendar =
        new Calendar()
            .withProdId("-//Reveille//On-call shifts//EN")
            .withDefaults()
            .getFluentTarget();
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
    for (Entry entry : entries) {
      Shift shift = entry.shift();
      VEvent event =
          new VEvent(
              shift.start(),
              shift.end(),
              "On call: " + entry.scheduleName() + " (" + shift.username() + ")");
      event.add(
          new Uid(
              "shift-"
                  + entry.scheduleId()
                  + "-"
                  + shift.username()
                  + "-"
                  + shift.start().getEpochSecond()
                  + "@reveille"));
      event.add(new DtStamp(generatedAt));
      event.add(
          new Description(
              shift.username()
                  + " is on call for "
                  + entry.scheduleName()
                  + ("override".equals(shift.source())
                      ? " (covering by override)."
                      : " (layer " + shift.source() + ").")));
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
