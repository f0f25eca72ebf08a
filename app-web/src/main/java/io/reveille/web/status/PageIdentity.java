package io.reveille.web.status;

import io.reveille.shared.PublicUrl;
import io.reveille.shared.Settings;

/**
 * The status page's name and address as clients read them ({@code page} in Statuspage's JSON):
 * {@code reveille.status-page.name} (default "Reveille") and {@code reveille.status-page.id}.
 */
public record PageIdentity(String id, String name, String url) {
  public static PageIdentity configured() {
    return new PageIdentity(
        Settings.get("reveille.status-page.id").orElse("reveille"),
        Settings.get("reveille.status-page.name").orElse("Reveille"),
        PublicUrl.base() + "/status");
  }

  public String incidentUrl(long number) {
    return url + "/incidents/" + number;
  }

  /** A maintenance window's own page, which stays after the window completed. */
  public String maintenanceUrl(long id) {
    return url + "/maintenance/" + id;
  }
}
