package io.reveille.subscriber;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone told about public updates. Lifecycle: an e-mail or phone subscriber starts {@link
 * SubscriberState#PENDING} and is {@link SubscriberState#CONFIRMED} by its link or code; a webhook
 * or chat channel starts confirmed (whoever holds the URL owns it). Any of them may unsubscribe;
 * subscribing again with the same address starts over. Only confirmed subscribers are told.
 */
@Entity
@Table(name = "subscriber")
public class Subscriber {
  /** Where a subscriber came from: the public form or API, or an administrator's import. */
  public enum Source {
    FORM,
    API,
    IMPORT
  }

  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private SubscriberKind kind;

  @Column(nullable = false, length = 2000)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SubscriberState state;

  @Column(name = "all_components", nullable = false)
  private boolean allComponents;

  @ElementCollection
  @CollectionTable(name = "subscriber_component", joinColumns = @JoinColumn(name = "subscriber_id"))
  @Column(name = "component_id")
  private Set<Long> componentIds = new TreeSet<>();

  @Column(name = "signing_secret", length = 64)
  private String signingSecret;

  @Column(name = "code_digest", length = 64)
  private String codeDigest;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "code_tries_left", nullable = false)
  private int codeTriesLeft;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Source source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "unsubscribed_at")
  private Instant unsubscribedAt;

  @Version private long version;

  protected Subscriber() {}

  Subscriber(SubscriberKind kind, String address, Source source, Instant at) {
    this.kind = kind;
    this.address = address;
    this.source = source;
    this.createdAt = at;
    this.state = SubscriberState.PENDING;
  }

  /** Starts over: pending again (or confirmed, for a URL), with this choice of components. */
  void subscribe(Collection<Long> components, Instant at) {
    choose(components);
    unsubscribedAt = null;
    if (kind.confirmedByOwner()) {
      state = SubscriberState.PENDING;
      confirmedAt = null;
    } else {
      confirm(at);
    }
  }

  /** An empty choice means every component, including those added later. */
  void choose(Collection<Long> components) {
    componentIds.clear();
    componentIds.addAll(components);
    allComponents = components.isEmpty();
  }

  void confirm(Instant at) {
    if (state != SubscriberState.CONFIRMED) {
      state = SubscriberState.CONFIRMED;
      confirmedAt = at;
    }
    codeDigest = null;
    codeExpiresAt = null;
    codeTriesLeft = 0;
  }

  void unsubscribe(Instant at) {
    if (state != SubscriberState.UNSUBSCRIBED) {
      state = SubscriberState.UNSUBSCRIBED;
      unsubscribedAt = at;
    }
  }

  /** Imported as it was elsewhere: the importer vouches for a confirmation made there. */
  void imported(SubscriberState imported, Instant at) {
    switch (imported) {
      case CONFIRMED -> confirm(at);
      case UNSUBSCRIBED -> unsubscribe(at);
      case PENDING -> state = SubscriberState.PENDING;
    }
  }

  void expectCode(String digest, Instant expiresAt, int tries) {
    codeDigest = digest;
    codeExpiresAt = expiresAt;
    codeTriesLeft = tries;
  }

  /** Uses up one try; true if one was left. */
  boolean spendCodeTry() {
    if (codeTriesLeft <= 0) {
      return false;
    }
    codeTriesLeft--;
    return true;
  }

  void signWith(String secret) {
    signingSecret = secret;
  }

  public Long id() {
    return id;
  }

  public SubscriberKind kind() {
    return kind;
  }

  public String address() {
    return address;
  }

  public SubscriberState state() {
    return state;
  }

  public boolean allComponents() {
    return allComponents;
  }

  public Set<Long> componentIds() {
    return Set.copyOf(componentIds);
  }

  public Optional<String> signingSecret() {
    return Optional.ofNullable(signingSecret);
  }

  String codeDigest() {
    return codeDigest;
  }

  Instant codeExpiresAt() {
    return codeExpiresAt;
  }

  public Source source() {
    return source;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public Instant unsubscribedAt() {
    return unsubscribedAt;
  }
}
