package io.reveille.shared;

import java.util.List;

/**
 * Something customers are told, fired inside the transaction that decided it, so that whatever
 * tells subscribers (their durable outbox) commits or rolls back with it. Internal updates never
 * make one.
 *
 * @param componentIds the components it is about; subscribers of other components are not told
 */
public record PublicAnnouncement(
    Kind kind,
    Long incidentId,
    Long statusUpdateId,
    Long maintenanceId,
    Long maintenanceUpdateId,
    List<Long> componentIds) {

  public enum Kind {
    /** A public update on an incident. */
    INCIDENT_UPDATE,
    /** A maintenance window was scheduled, rescheduled, cancelled, is about to start, started… */
    MAINTENANCE
  }

  public PublicAnnouncement {
    componentIds = List.copyOf(componentIds);
  }

  public static PublicAnnouncement incidentUpdate(
      long incidentId, long statusUpdateId, List<Long> componentIds) {
    return new PublicAnnouncement(
        Kind.INCIDENT_UPDATE, incidentId, statusUpdateId, null, null, componentIds);
  }

  public static PublicAnnouncement maintenance(
      long maintenanceId, long maintenanceUpdateId, List<Long> componentIds) {
    return new PublicAnnouncement(
        Kind.MAINTENANCE, null, null, maintenanceId, maintenanceUpdateId, componentIds);
  }
}
