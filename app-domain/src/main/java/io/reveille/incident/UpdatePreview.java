package io.reveille.incident;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import java.time.Instant;
import java.util.List;

/**
 * What an update would publish if posted now: the composer shows it before anything goes out.
 *
 * @param nextUpdateAt the promise the update would state; null for internal and resolving updates
 *     and severities without a cadence
 * @param componentChanges the component statuses it would change, from what to what
 */
public record UpdatePreview(
    Incident incident,
    boolean isPublic,
    String publicTitle,
    IncidentStatus status,
    String message,
    Instant postedAt,
    Instant nextUpdateAt,
    List<ComponentLine> componentChanges) {

  public record ComponentLine(Component component, ComponentStatus from, ComponentStatus to) {}
}
