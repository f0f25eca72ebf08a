package io.reveille.web.security;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in person (or token owner) of the current request, as the domain knows them. */
@RequestScoped
public class CurrentActor {
  @Inject SecurityContext security;

  /**
   * Dependent, not request scoped: a record cannot be proxied, and a new value per use is cheap.
   */
  @Produces
  public Actor actor() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return new Actor("anonymous", Set.of());
    }
    Set<Role> roles =
        Arrays.stream(Role.values())
            .filter(role -> security.isCallerInRole(role.roleName()))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    return new Actor(principal.getName(), roles);
  }
}
