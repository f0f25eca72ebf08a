package io.reveille.web.ratelimit;

import java.util.List;
import java.util.Set;

/**
 * The address a request came from. Behind a reverse proxy every request comes from the proxy, so
 * when the peer is one of the trusted proxies ({@code REVEILLE_TRUSTED_PROXIES}) the address is the
 * last one in {@code X-Forwarded-For} that is not a trusted proxy. Anyone else's {@code
 * X-Forwarded-For} is ignored: a client could write anything there.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
    if (forwardedFor == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    List<String> hops = List.of(forwardedFor.split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
