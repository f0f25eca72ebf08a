package io.reveille.web.pages;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;

/** What the templates need to know about the person looking at a page. */
public record Viewer(
    String username,
    boolean signedIn,
    boolean incidentManager,
    boolean canRespond,
    boolean leadership,
    boolean administrator) {
  static Viewer of(Actor actor) {
    return new Viewer(
        actor.username(),
        !actor.roles().isEmpty(),
        actor.has(Role.INCIDENT_MANAGER),
        actor.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER),
        actor.has(Role.LEADERSHIP),
        actor.roles().contains(Role.ADMIN));
  }
}
