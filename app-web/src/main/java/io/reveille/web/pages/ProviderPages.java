package io.reveille.web.pages;

import static io.reveille.web.api.Roles.ADMIN;

import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.StoredProviderSettings;
import io.reveille.delivery.StoredProviderSettings.Source;
import io.reveille.shared.Actor;
import io.reveille.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The delivery providers' settings, for administrators: what the environment pins is shown with the
 * reason it cannot be changed here, secrets only as "set".
 */
@Path("/admin/providers")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ProviderPages {
  @Inject StoredProviderSettings settings;
  @Inject Actor actor;
  @Context HttpServletRequest request;

  /** One setting as the form shows it; {@code value} is null for secrets. */
  public record SettingField(
      String name,
      String label,
      String hint,
      String environmentName,
      String key,
      Source source,
      boolean secret,
      String value,
      boolean retype) {
    public boolean pinned() {
      return source == Source.ENVIRONMENT;
    }

    public boolean set() {
      return source != Source.UNSET;
    }
  }

  /** The settings of one provider. */
  public record Provider(String title, List<SettingField> settings) {}

  @GET
  @RolesAllowed(ADMIN)
  public View form(@QueryParam("saved") String saved) {
    return view(ProviderForm.empty(), FieldErrors.none()).with("saved", saved != null);
  }

  @POST
  @RolesAllowed(ADMIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save() {
    ProviderForm typed = ProviderForm.read(PostedForm.of(request));
    try {
      settings.save(actor, typed.changes());
      return Response.seeOther(URI.create("/admin/providers?saved")).build();
    } catch (DomainException e) {
      return Response.status(400).entity(view(typed, FieldErrors.of(e))).build();
    }
  }

  private View view(ProviderForm typed, FieldErrors errors) {
    Map<String, Provider> providers = new LinkedHashMap<>();
    for (StoredProviderSettings.Shown shown : settings.shown()) {
      ProviderSetting setting = shown.setting();
      String value = setting.secret() ? null : typed.typed().getOrDefault(setting, shown.value());
      String title = providerOf(setting);
      providers
          .computeIfAbsent(title, t -> new Provider(t, new ArrayList<>()))
          .settings()
          .add(
              new SettingField(
                  setting.name(),
                  labelOf(setting),
                  hintOf(setting),
                  setting.key().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'),
                  setting.key(),
                  shown.source(),
                  setting.secret(),
                  value,
                  errors.any() && typed.typedSecret(setting)));
    }
    return View.of("admin-providers")
        .with("providers", List.copyOf(providers.values()))
        .with("errors", errors)
        .with("saved", false);
  }

  /** Settings are grouped by the provider their key names: {@code reveille.twilio.…}. */
  private static String providerOf(ProviderSetting setting) {
    String provider = setting.key().split("\\.")[1];
    return switch (provider) {
      case "twilio" -> "Twilio: text messages and phone calls";
      case "mail" -> "E-mail";
      default -> provider;
    };
  }

  private static String labelOf(ProviderSetting setting) {
    return switch (setting) {
      case TWILIO_ACCOUNT_SID -> "Account SID";
      case TWILIO_AUTH_TOKEN -> "Auth token";
      case TWILIO_FROM_NUMBER -> "From number";
      case TWILIO_API_URL -> "API address";
      case MAIL_FROM -> "From address";
      default -> setting.key();
    };
  }

  private static String hintOf(ProviderSetting setting) {
    return switch (setting) {
      case TWILIO_ACCOUNT_SID -> "From the Twilio console, such as AC0123…";
      case TWILIO_AUTH_TOKEN -> "From the Twilio console. It also checks Twilio's callbacks.";
      case TWILIO_FROM_NUMBER ->
          "The Twilio number texts and calls come from, such as +14155550100.";
      case TWILIO_API_URL -> "Leave empty for Twilio itself; set only to point at a stand-in.";
      case MAIL_FROM ->
          "Such as Reveille <pager@example.com>. The SMTP server is set in the server's"
              + " environment (REVEILLE_SMTP_HOST).";
      default -> "";
    };
  }
}
