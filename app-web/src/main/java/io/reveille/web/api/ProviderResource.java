package io.reveille.web.api;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.delivery.Outbox;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.StoredProviderSettings;
import io.reveille.shared.Actor;
import io.reveille.web.api.EscalationResource.DeliveryJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Delivery providers' settings (secrets never shown) and the deliveries that did not go out. */
@Path("/api/v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {
  @Inject StoredProviderSettings settings;
  @Inject Outbox outbox;
  @Inject Actor actor;

  /** A setting: where its value comes from, and the value unless it is a secret. */
  public record ProviderSettingJson(String name, String source, boolean secret, String value) {}

  @GET
  @Path("providers")
  @RolesAllowed(ADMIN)
  public List<ProviderSettingJson> providers() {
    return settings.shown().stream()
        .map(
            s ->
                new ProviderSettingJson(
                    s.setting().name(), s.source().name(), s.setting().secret(), s.value()))
        .toList();
  }

  /** Saves the settings given by name, all or none; a blank value clears one. */
  @PUT
  @Transactional
  @Path("providers")
  @RolesAllowed(ADMIN)
  public List<ProviderSettingJson> saveProviders(Map<String, String> values) {
    if (values != null) {
      Map<ProviderSetting, String> changes = new EnumMap<>(ProviderSetting.class);
      for (Map.Entry<String, String> entry : values.entrySet()) {
        changes.put(
            Inputs.require(
                ProviderSetting.class, entry.getKey(), entry.getKey(), "Name the setting."),
            entry.getValue());
      }
      settings.save(actor, changes);
    }
    return providers();
  }

  @GET
  @Path("deliveries/problems")
  @RolesAllowed(ADMIN)
  public List<DeliveryJson> deliveryProblems() {
    return outbox.problems(200).stream().map(DeliveryJson::of).toList();
  }
}
