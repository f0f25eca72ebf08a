package io.reveille.delivery;

import java.util.Optional;

/** The current value of a provider setting; read at each send, so changes apply at once. */
public interface ProviderSettings {
  Optional<String> value(ProviderSetting setting);
}
