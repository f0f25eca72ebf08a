package io.reveille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Where a stranger's webhook URL may not point. */
class PrivateAddressesTest {
  @Test
  void theNetworkReveilleRunsInIsPrivate() throws Exception {
    for (String inside :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.9",
          "192.168.1.1",
          "169.254.169.254",
          "100.64.0.1",
          "::1",
          "fd00::1",
          "fe80::1",
          "0.0.0.0"
        }) {
      assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(inside))).as(inside).isTrue();
    }
  }

  @Test
  void theInternetIsNot() throws Exception {
    for (String outside : new String[] {"93.184.216.34", "100.128.0.1", "2606:4700::1111"}) {
      assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(outside))).as(outside).isFalse();
    }
  }

  @Test
  void literalsAndLocalNamesAreJudgedWithoutALookup() {
    assertThat(PrivateAddresses.isPrivateLiteral("localhost")).isTrue();
    assertThat(PrivateAddresses.isPrivateLiteral("printer.local")).isTrue();
    assertThat(PrivateAddresses.isPrivateLiteral("[::1]")).isTrue();
    assertThat(PrivateAddresses.isPrivateLiteral("10.0.0.1")).isTrue();
    assertThat(PrivateAddresses.isPrivateLiteral("hooks.example.com")).isFalse();
  }

  @Test
  void aNameIsJudgedByWhatItResolvesTo() {
    assertThat(PrivateAddresses.resolvesPrivately("localhost")).isTrue();
    assertThat(PrivateAddresses.resolvesPrivately("no-such-host.invalid")).isFalse();
  }
}
