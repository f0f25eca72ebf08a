package io.reveille.subscriber;

import io.reveille.identity.ContactMethods;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.PrivateAddresses;
import io.reveille.shared.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** How a subscriber is told, and what its address must look like. */
public enum SubscriberKind {
  EMAIL("e-mail", true),
  SMS("text message", true),
  WEBHOOK("webhook", false),
  SLACK("Slack channel", false),
  TEAMS("Microsoft Teams channel", false);

  /**
   * Plain http and local addresses, for tests and benchmarks only: on a real installation anyone
   * could otherwise make the server post to its own network.
   */
  static final boolean LOCAL_WEBHOOKS = Settings.flag("reveille.subscribers.local-webhooks");

  private final String label;
  private final boolean confirmedByOwner;

  SubscriberKind(String label, boolean confirmedByOwner) {
    this.label = label;
    this.confirmedByOwner = confirmedByOwner;
  }

  public String label() {
    return label;
  }

  /**
   * Whether the subscriber must prove the address is theirs before anything is sent: an e-mail by
   * its link, a phone by its code. Whoever holds a webhook URL owns it, so those start confirmed.
   */
  public boolean confirmedByOwner() {
    return confirmedByOwner;
  }

  public boolean isWebhook() {
    return this == WEBHOOK || this == SLACK || this == TEAMS;
  }

  /** The address as stored (e-mail in lower case), or a problem naming {@code field}. */
  public Address normalise(String raw, String field) {
    String address = raw == null ? "" : raw.strip();
    if (address.isEmpty()) {
      return Address.problem(new FieldError(field, emptyMessage()));
    }
    return switch (this) {
      case EMAIL -> {
        var problems = new ContactMethods(address, null, null, null).problems();
        yield problems.isEmpty()
            ? Address.of(address.toLowerCase(Locale.ROOT))
            : Address.problem(new FieldError(field, problems.get(0).message()));
      }
      case SMS -> {
        var problems = new ContactMethods(null, address, null, null).problems();
        yield problems.isEmpty()
            ? Address.of(address)
            : Address.problem(new FieldError(field, problems.get(0).message()));
      }
      case WEBHOOK, SLACK, TEAMS ->
          webhookProblem(address)
              .map(message -> Address.problem(new FieldError(field, message)))
              .orElseGet(() -> Address.of(address));
    };
  }

  private String emptyMessage() {
    return switch (this) {
      case EMAIL -> "Give your e-mail address.";
      case SMS -> "Give your phone number, such as +14155550100.";
      default -> "Give the URL updates are posted to.";
    };
  }

  private static Optional<String> webhookProblem(String text) {
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      return Optional.of("Give an https URL, such as https://example.com/hooks/status.");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https") || (LOCAL_WEBHOOKS && scheme.equals("http"));
    if (!https || url.getHost() == null || url.getRawUserInfo() != null || text.length() > 2000) {
      return Optional.of("Give an https URL, such as https://example.com/hooks/status.");
    }
    if (!LOCAL_WEBHOOKS && PrivateAddresses.isPrivateLiteral(url.getHost())) {
      return Optional.of("Give a URL on the public internet, not a local or private address.");
    }
    return Optional.empty();
  }

  /** Parses a kind as the API and CSV spell it ({@code email}, {@code sms}...); null if unknown. */
  public static SubscriberKind parse(String text) {
    if (text == null) {
      return null;
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    if (name.equals("MICROSOFTTEAMS")) {
      return TEAMS;
    }
    for (SubscriberKind kind : values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /** A normalised address or what is wrong with it. */
  public record Address(String value, FieldError problem) {
    static Address of(String value) {
      return new Address(value, null);
    }

    static Address problem(FieldError problem) {
      return new Address(null, problem);
    }
  }
}
