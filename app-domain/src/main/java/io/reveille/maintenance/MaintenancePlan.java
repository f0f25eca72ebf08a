package io.reveille.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * A maintenance window as its planner describes it; checked by {@link MaintenanceService#schedule}.
 *
 * @param componentNames the affected components, by name
 * @param remindBeforeMinutes how long before the start subscribers are reminded; 0 for no reminder,
 *     null for the default of {@value MaintenanceService#DEFAULT_REMIND_BEFORE_MINUTES} minutes
 */
public record MaintenancePlan(
    String title,
    String description,
    Instant startsAt,
    Instant endsAt,
    List<String> componentNames,
    Integer remindBeforeMinutes) {

  public MaintenancePlan {
    componentNames = componentNames == null ? List.of() : List.copyOf(componentNames);
  }
}
