package io.reveille.component;

/** Why a component's status changed: who changed it, and for which incident or maintenance. */
public record StatusCause(String changedBy, Long incidentId, Long maintenanceId) {
  public static StatusCause byHand(String username) {
    return new StatusCause(username, null, null);
  }

  public static StatusCause incident(String username, long incidentId) {
    return new StatusCause(username, incidentId, null);
  }

  public static StatusCause maintenance(long maintenanceId) {
    return new StatusCause(null, null, maintenanceId);
  }
}
