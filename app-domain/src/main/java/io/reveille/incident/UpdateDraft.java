package io.reveille.incident;

import java.time.Instant;
import java.util.List;

/**
 * A status update as the team writes it.
 *
 * @param publicTitle the title customers read; needed with the first public update, optional after
 * @param components component statuses this update sets
 * @param nextUpdateAt when the team promises the next public update; empty means the severity's
 *     cadence decides
 */
public record UpdateDraft(
    IncidentStatus status,
    Visibility visibility,
    String message,
    String publicTitle,
    List<ComponentChange> components,
    Instant nextUpdateAt) {

  public UpdateDraft {
    components = components == null ? List.of() : List.copyOf(components);
  }

  /** An update that sets no component status and promises nothing beyond the cadence. */
  public static UpdateDraft of(IncidentStatus status, Visibility visibility, String message) {
    return new UpdateDraft(status, visibility, message, null, List.of(), null);
  }
}
