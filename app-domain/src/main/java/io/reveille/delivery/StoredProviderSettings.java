package io.reveille.delivery;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provider settings: the environment (or a system property) wins, so an operator can pin them;
 * otherwise what an administrator saved on the admin page. Secrets are never returned to a page.
 */
@ApplicationScoped
@Transactional
public class StoredProviderSettings implements ProviderSettings {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public Optional<String> value(ProviderSetting setting) {
    Optional<String> pinned = Settings.get(setting.key());
    if (pinned.isPresent()) {
      return pinned;
    }
    return Optional.ofNullable(stored(setting));
  }

  private String stored(ProviderSetting setting) {
    List<?> rows =
        em.createNativeQuery("select setting from provider_setting where name = ?")
            .setParameter(1, setting.name())
            .getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }

  /** Where a setting's value comes from, as an admin page shows it. */
  public enum Source {
    ENVIRONMENT,
    SAVED,
    UNSET
  }

  /** A setting as shown: secrets only say whether they are set. */
  public record Shown(ProviderSetting setting, Source source, String value) {}

  public List<Shown> shown() {
    return java.util.Arrays.stream(ProviderSetting.values())
        .map(
            setting -> {
              Optional<String> pinned = Settings.get(setting.key());
              String value = pinned.orElseGet(() -> stored(setting));
              Source source =
                  pinned.isPresent()
                      ? Source.ENVIRONMENT
                      : value == null ? Source.UNSET : Source.SAVED;
              String shownValue = setting.secret() ? null : value;
              return new Shown(setting, source, shownValue);
            })
        .toList();
  }

  /**
   * Saves settings, all or none; a blank value clears one. Refused, naming every offending setting,
   * when the environment pins one (it would win anyway) or a value does not have its setting's
   * form.
   */
  public void save(Actor actor, Map<ProviderSetting, String> values) {
    actor.require("change provider settings", Role.ADMIN);
    List<FieldError> errors = new ArrayList<>();
    values.forEach(
        (setting, value) -> {
          if (Settings.get(setting.key()).isPresent()) {
            errors.add(
                new FieldError(
                    setting.name(),
                    setting.key()
                        + " is set in the server's environment, which wins; change it there"
                        + " instead."));
          } else {
            setting
                .problemWith(value)
                .ifPresent(problem -> errors.add(new FieldError(setting.name(), problem)));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    values.forEach((setting, value) -> store(actor, setting, value));
  }

  private void store(Actor actor, ProviderSetting setting, String value) {
    em.createNativeQuery("delete from provider_setting where name = ?")
        .setParameter(1, setting.name())
        .executeUpdate();
    if (value != null && !value.isBlank()) {
      em.createNativeQuery(
              "insert into provider_setting (name, setting, updated_by, updated_at)"
                  + " values (?, ?, ?, ?)")
          .setParameter(1, setting.name())
          .setParameter(2, value.strip())
          .setParameter(3, actor.username())
          .setParameter(4, clock.instant())
          .executeUpdate();
    }
  }
}
