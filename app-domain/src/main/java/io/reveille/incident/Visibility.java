package io.reveille.incident;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;

/** Who may read something: everyone (status page, reports) or only the people working inside. */
public enum Visibility {
  PUBLIC,
  INTERNAL;

  /**
   * Internal text is for the people working incidents; support staff, who quote what they read to
   * customers, see only what is public.
   */
  public boolean isVisibleTo(Actor viewer) {
    return this == PUBLIC || viewer.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER, Role.LEADERSHIP);
  }
}
