package io.reveille.web.api;

/** Role names for {@code @RolesAllowed}; the same names as {@link io.reveille.identity.Role}. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String INCIDENT_MANAGER = "incident-manager";
  public static final String RESPONDER = "responder";
  public static final String LEADERSHIP = "leadership";
  public static final String SUPPORT = "support";

  private Roles() {}
}
