package io.reveille.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose request it is: X-Forwarded-For is believed only from a trusted proxy. */
class ClientAddressTest {
  private static final Set<String> PROXY = Set.of("10.0.0.2");

  @Test
  void withoutATrustedProxyThePeerIsTheClient() {
    assertThat(ClientAddress.of("203.0.113.7", null, PROXY)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", PROXY)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of())).isEqualTo("203.0.113.7");
  }

  @Test
  void behindTheProxyTheLastUntrustedHopIsTheClient() {
    // The client may have written the first entries itself; the proxy appended the real one.
    assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.7", PROXY))
        .isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("10.0.0.2", "203.0.113.7, 10.0.0.2", PROXY))
        .isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("10.0.0.2", " ", PROXY)).isEqualTo("10.0.0.2");
  }
}
