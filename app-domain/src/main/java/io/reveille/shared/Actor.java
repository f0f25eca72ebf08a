package io.reveille.shared;

import io.reveille.identity.Role;
import java.util.Set;

/** Who is asking: the signed-in person or the owner of an API token, with their roles. */
public record Actor(String username, Set<Role> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  public boolean hasAny(Role... candidates) {
    for (Role role : candidates) {
      if (has(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @throws ForbiddenActionException unless the actor has one of {@code candidates}; {@code what}
   *     completes "Your role does not allow you to …".
   */
  public void require(String what, Role... candidates) {
    if (!hasAny(candidates)) {
      throw new ForbiddenActionException("Your role does not allow you to " + what + ".");
    }
  }
}
