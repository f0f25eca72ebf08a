package io.reveille.workflow;

import io.reveille.maintenance.MaintenanceWindow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The timers of a maintenance window as the application sees them. As with {@link
 * IncidentWorkflow}, which engine keeps them is the adapter's business; every call joins the
 * caller's transaction.
 */
public interface MaintenanceWorkflow {

  /**
   * A window was scheduled: remind subscribers at {@code remindAt} (null: no reminder), start it at
   * its start, verify it at its end.
   */
  void scheduled(MaintenanceWindow window, Instant remindAt);

  /** The window's times moved: every timer still ahead is planned again from them. */
  void rescheduled(MaintenanceWindow window, Instant remindAt);

  /** The window was cancelled: nothing more happens to it. */
  void cancelled(MaintenanceWindow window);

  /** Someone confirmed the work is complete; the window completes now. */
  void confirmed(MaintenanceWindow window, String username);

  /**
   * The windows waiting for {@code username}, or for one of {@code roleNames}, to confirm them
   * complete; for "My tasks", next to the incident steps of {@link IncidentWorkflow#workFor}.
   */
  List<MaintenanceToConfirm> awaitingConfirmation(String username, Collection<String> roleNames);
}
