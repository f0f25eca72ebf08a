package io.reveille.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A maintenance window past its planned end, waiting for someone to confirm the work is complete:
 * the one step of the maintenance procedure that waits for a person. Unconfirmed, the window
 * completes on its own at {@code completesAt}.
 */
public record MaintenanceToConfirm(
    long maintenanceId,
    String assignee,
    List<String> candidateRoles,
    Instant createdAt,
    Instant completesAt) {

  public boolean isOverdue(Instant now) {
    return completesAt != null && now.isAfter(completesAt);
  }
}
