package io.reveille.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses a URL typed by a stranger must not reach: loopback, private networks, link-local (the
 * cloud metadata service lives at 169.254.169.254), carrier-grade NAT and IPv6 unique-local. A
 * public subscribe form that posts webhooks would otherwise be a way into the network Reveille runs
 * in.
 */
public final class PrivateAddresses {
  /** What could be a literal IPv4 or IPv6 address; compiled once, as every webhook send asks. */
  private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]+");

  private PrivateAddresses() {}

  public static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // fc00::/7
    }
    return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10
  }

  /** A literal address or a name that is local by convention; names are not looked up. */
  public static boolean isPrivateLiteral(String host) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    String lower = bare.toLowerCase(Locale.ROOT);
    if (lower.equals("localhost") || lower.endsWith(".localhost") || lower.endsWith(".local")) {
      return true;
    }
    if (!LITERAL.matcher(bare).matches()) {
      return false;
    }
    try {
      return isPrivate(InetAddress.getByName(bare)); // a literal: no lookup happens
    } catch (UnknownHostException e) {
      return true;
    }
  }

  /**
   * Whether any address the name resolves to is private, checked when sending: a name that was
   * public at sign-up can be pointed inside later. An unknown name is not private; the send fails
   * on its own.
   */
  public static boolean resolvesPrivately(String host) {
    if (isPrivateLiteral(host)) {
      return true;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (isPrivate(address)) {
          return true;
        }
      }
      return false;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
