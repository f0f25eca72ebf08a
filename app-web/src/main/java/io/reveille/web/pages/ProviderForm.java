package io.reveille.web.pages;

import io.reveille.delivery.ProviderSetting;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The provider settings form as typed. Secrets are write-only: left empty they keep what is saved,
 * and only the "clear" box removes one. Plain settings show their value, so empty clears them.
 * Settings the environment pins have no input and so are never in the form.
 */
public record ProviderForm(Map<ProviderSetting, String> typed, Set<ProviderSetting> cleared) {
  static final String CLEAR = "clear";

  public ProviderForm {
    typed = typed.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(typed));
    cleared = cleared.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(cleared));
  }

  static ProviderForm empty() {
    return new ProviderForm(Map.of(), Set.of());
  }

  static ProviderForm read(PostedForm form) {
    Map<ProviderSetting, String> typed = new EnumMap<>(ProviderSetting.class);
    Set<ProviderSetting> cleared = EnumSet.noneOf(ProviderSetting.class);
    for (ProviderSetting setting : ProviderSetting.values()) {
      if (form.has(setting.name())) {
        typed.put(setting, form.one(setting.name()));
      }
      if (setting.secret() && form.all(CLEAR).contains(setting.name())) {
        cleared.add(setting);
      }
    }
    return new ProviderForm(typed, cleared);
  }

  /**
   * What to save, by setting; null clears one. A ticked "clear" wins over a secret typed beside it:
   * ticking it is the more deliberate act.
   */
  Map<ProviderSetting, String> changes() {
    Map<ProviderSetting, String> changes = new EnumMap<>(ProviderSetting.class);
    typed.forEach(
        (setting, value) -> {
          if (!setting.secret() || !value.isBlank()) {
            changes.put(setting, value);
          }
        });
    cleared.forEach(setting -> changes.put(setting, null));
    return changes;
  }

  /** Whether a secret was typed; it is never sent back, so a refused form asks for it again. */
  boolean typedSecret(ProviderSetting setting) {
    return setting.secret() && !typed.getOrDefault(setting, "").isBlank();
  }
}
