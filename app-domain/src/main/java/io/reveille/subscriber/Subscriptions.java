package io.reveille.subscriber;

import io.reveille.component.Component;
import io.reveille.component.ComponentGroup;
import io.reveille.incident.Visibility;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.RuleViolationException;
import io.reveille.subscriber.Subscribed.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Subscribing, confirming and unsubscribing, as the public does it. Answers never say more about
 * someone else's subscription than the person asking could learn from their own inbox.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {
  static final Duration CODE_VALID_FOR = Duration.ofMinutes(30);
  static final int CODE_TRIES = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SubscriberLinks links;
  @Inject Event<ConfirmationRequested> confirmations;

  /** The components anyone may subscribe to, in the status page's order. */
  public List<Component> publicComponents() {
    List<Component> components =
        em.createQuery(
                "select c from Component c left join c.group g where c.visibility = :public"
                    + " order by coalesce(g.position, 2147483647), g.name, c.position, c.name",
                Component.class)
            .setParameter("public", Visibility.PUBLIC)
            .getResultList();
    // The page names each component's group after this transaction: read the groups now.
    components.forEach(c -> c.group().map(ComponentGroup::name));
    return components;
  }

  public Subscribed subscribe(SubscriptionRequest request, Subscriber.Source source) {
    List<FieldError> errors = new ArrayList<>();
    SubscriberKind kind = SubscriberKind.parse(request.kind());
    String address = null;
    if (kind == null) {
      errors.add(
          new FieldError(
              "kind", "Choose e-mail, text message, webhook, Slack or Microsoft Teams."));
    } else {
      SubscriberKind.Address normalised = kind.normalise(request.address(), "address");
      if (normalised.problem() != null) {
        errors.add(normalised.problem());
      }
      address = normalised.value();
    }
    Set<Long> components = publicComponentIds(request.componentIds(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    Subscriber subscriber = find(kind, address).orElse(null);
    if (subscriber != null && subscriber.state() == SubscriberState.CONFIRMED) {
      if (kind.isWebhook()) {
        throw new RuleViolationException(
            "address",
            "This URL is already subscribed. To start over, unsubscribe through the link in any"
                + " update it received.");
      }
      return answer(Outcome.ALREADY_SUBSCRIBED, subscriber, null, null);
    }
    if (subscriber == null) {
      subscriber = new Subscriber(kind, address, source, now);
      em.persist(subscriber);
    }
    subscriber.subscribe(components, now);
    em.flush();
    return switch (kind) {
      case EMAIL -> {
        confirmations.fire(
            new ConfirmationRequested(subscriber.id(), kind, subscriber.address(), null));
        yield answer(Outcome.CONFIRMATION_SENT, subscriber, null, null);
      }
      case SMS -> {
        String code = newCode();
        subscriber.expectCode(digest(subscriber.id(), code), now.plus(CODE_VALID_FOR), CODE_TRIES);
        confirmations.fire(
            new ConfirmationRequested(subscriber.id(), kind, subscriber.address(), code));
        yield answer(Outcome.CODE_SENT, subscriber, null, links.enterCodeUrl(subscriber.id()));
      }
      case WEBHOOK -> {
        String secret = newSecret();
        subscriber.signWith(secret);
        yield answer(Outcome.SUBSCRIBED, subscriber, secret, null);
      }
      case SLACK, TEAMS -> answer(Outcome.SUBSCRIBED, subscriber, null, null);
    };
  }

  /** Confirms the e-mail address a link was sent to; empty if the link is not genuine. */
  public Optional<Subscriber> confirm(String token) {
    Optional<Subscriber> subscriber = links.confirming(token).map(this::find);
    subscriber
        .filter(s -> s.state() == SubscriberState.PENDING)
        .ifPresent(s -> s.confirm(clock.instant()));
    return subscriber;
  }

  /** Who a confirmation link is for, without confirming (mail scanners open links). */
  public Optional<Subscriber> confirming(String token) {
    return links.confirming(token).map(this::find);
  }

  /** Who an enter-the-code link is for. */
  public Optional<Subscriber> enteringCode(String token) {
    return links.enteringCode(token).map(this::find);
  }

  /**
   * Checks a texted code. Wrong codes use up the tries: six digits are guessed in a million tries,
   * and five are all anyone gets.
   */
  public CodeCheck enterCode(String token, String code) {
    Subscriber subscriber = enteringCode(token).orElse(null);
    if (subscriber == null) {
      return CodeCheck.LINK_INVALID;
    }
    if (subscriber.state() == SubscriberState.CONFIRMED) {
      return CodeCheck.CONFIRMED;
    }
    String typed = code == null ? "" : code.replaceAll("\\s", "");
    if (subscriber.codeDigest() == null
        || subscriber.codeExpiresAt() == null
        || clock.instant().isAfter(subscriber.codeExpiresAt())
        || !subscriber.spendCodeTry()) {
      return CodeCheck.EXPIRED;
    }
    if (!typed.matches("\\d{6}")
        || !MessageDigest.isEqual(
            digest(subscriber.id(), typed).getBytes(StandardCharsets.US_ASCII),
            subscriber.codeDigest().getBytes(StandardCharsets.US_ASCII))) {
      return CodeCheck.WRONG;
    }
    subscriber.confirm(clock.instant());
    return CodeCheck.CONFIRMED;
  }

  /** What entering a code came to. */
  public enum CodeCheck {
    CONFIRMED,
    WRONG,
    EXPIRED,
    LINK_INVALID
  }

  /** Who an unsubscribe link is for. */
  public Optional<Subscriber> unsubscribing(String token) {
    return links.unsubscribing(token).map(this::find);
  }

  /** Unsubscribes the link's subscriber; saying it twice is fine. */
  public Optional<Subscriber> unsubscribe(String token) {
    Optional<Subscriber> subscriber = unsubscribing(token);
    subscriber.ifPresent(s -> s.unsubscribe(clock.instant()));
    return subscriber;
  }

  /** A text-message subscriber replied STOP; false if the number subscribed to nothing. */
  public boolean stopTexts(String phone) {
    Optional<Subscriber> subscriber = find(SubscriberKind.SMS, phone.strip());
    subscriber.ifPresent(s -> s.unsubscribe(clock.instant()));
    return subscriber.isPresent();
  }

  Optional<Subscriber> find(SubscriberKind kind, String address) {
    return em.createQuery(
            "select s from Subscriber s where s.kind = :kind and s.address = :address",
            Subscriber.class)
        .setParameter("kind", kind)
        .setParameter("address", address)
        .getResultStream()
        .findFirst();
  }

  private Subscriber find(long id) {
    return em.find(Subscriber.class, id);
  }

  /** The chosen ids, each of which must be a public component. */
  Set<Long> publicComponentIds(List<Long> chosen, List<FieldError> errors) {
    Set<Long> ids = new LinkedHashSet<>();
    if (chosen.isEmpty()) {
      return ids;
    }
    Set<Long> known =
        Set.copyOf(
            em.createQuery("select c.id from Component c where c.visibility = :public", Long.class)
                .setParameter("public", Visibility.PUBLIC)
                .getResultList());
    for (Long id : chosen) {
      if (id == null || !known.contains(id)) {
        errors.add(new FieldError("components", "Choose components from the status page."));
        return ids;
      }
      ids.add(id);
    }
    return ids;
  }

  private Subscribed answer(Outcome outcome, Subscriber s, String secret, java.net.URI codeUrl) {
    return new Subscribed(outcome, s.kind(), s.address(), s.state(), secret, codeUrl);
  }

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** Salted with the subscriber, so equal codes of two subscribers differ in the database. */
  private static String digest(long subscriberId, String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((subscriberId + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
