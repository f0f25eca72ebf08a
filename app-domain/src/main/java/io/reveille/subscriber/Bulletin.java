package io.reveille.subscriber;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An announcement as subscribers read it: only what the status page shows. Built from the public
 * update (or maintenance notice) alone, never from the incident's declared title or internal
 * updates, so there is nothing internal in it to leak.
 *
 * @param id the announcement's id
 * @param subjectId the incident's or the maintenance window's id
 * @param title the incident's public title, or the maintenance window's title
 * @param statusCode Statuspage's code of the status the update set, such as {@code identified}
 * @param statusLabel the same for people, such as "Identified"
 * @param text the public update's text, or the maintenance notice
 * @param nextUpdateAt when the team promised the next update, or null
 * @param startsAt a maintenance window's start, or null
 * @param endsAt a maintenance window's end, or null
 * @param components the public components concerned
 * @param pageUrl the status page
 */
public record Bulletin(
    long id,
    Subject subject,
    long subjectId,
    long updateId,
    String title,
    String statusCode,
    String statusLabel,
    String text,
    Instant postedAt,
    Instant nextUpdateAt,
    Instant startsAt,
    Instant endsAt,
    List<Concerned> components,
    URI pageUrl) {

  public Bulletin {
    components = List.copyOf(components);
  }

  /**
   * Where a subscriber reads about it: a maintenance window's own page, which still says what the
   * work was once the window has left the status page; for an incident, the status page.
   */
  public URI link() {
    return subject == Subject.MAINTENANCE
        ? URI.create(pageUrl + "/maintenance/" + subjectId)
        : pageUrl;
  }

  /** What the announcement is about. */
  public enum Subject {
    INCIDENT,
    MAINTENANCE
  }

  /** A public component and the status it is in (after the update). */
  public record Concerned(long id, String name, String statusCode, String statusLabel) {}
}
