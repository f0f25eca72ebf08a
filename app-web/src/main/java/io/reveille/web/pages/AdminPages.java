package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.delivery.Outbox;
import io.reveille.delivery.StoredProviderSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Delivery providers as configured (secrets only say whether they are set) and every delivery that
 * did not go out, so a missing provider is noticed before the night it matters.
 */
@Path("/admin/deliveries")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminPages {
  @Inject StoredProviderSettings settings;
  @Inject Outbox outbox;

  @GET
  @RolesAllowed(ADMIN)
  public View deliveries() {
    return View.of("admin-deliveries")
        .with("settings", settings.shown())
        .with("problems", outbox.problems(200));
  }
}
