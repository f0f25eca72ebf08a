package io.reveille.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in Reveille. The names are the roles the server checks on every endpoint.
 */
public enum Role {
  ADMIN("admin", "Administrator"),
  INCIDENT_MANAGER("incident-manager", "Incident manager"),
  RESPONDER("responder", "Responder"),
  LEADERSHIP("leadership", "Leadership"),
  SUPPORT("support", "Support");

  private final String roleName;
  private final String label;

  Role(String roleName, String label) {
    this.roleName = roleName;
    this.label = label;
  }

  /**
   * The name used in security checks and process candidate groups, e.g. {@code incident-manager}.
   */
  public String roleName() {
    return roleName;
  }

  public String label() {
    return label;
  }

  public static Optional<Role> byName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
