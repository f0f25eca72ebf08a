package io.reveille.oncall;

import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ChatKind;
import io.reveille.identity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A group of responders with a chat channel they watch. */
@Entity
@Table(name = "team")
public class Team {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "chat_kind", length = 16)
  private ChatKind chatKind;

  @Column(name = "chat_webhook_url", length = 2000)
  private String chatWebhookUrl;

  @Column(name = "chat_signing_secret", length = 200)
  private String chatSigningSecret;

  @ManyToMany
  @JoinTable(
      name = "team_member",
      joinColumns = @JoinColumn(name = "team_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("username")
  private List<Person> members = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Team() {}

  Team(String name, Instant createdAt) {
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  void rename(String name) {
    this.name = name;
  }

  public List<Person> members() {
    return List.copyOf(members);
  }

  void replaceMembers(List<Person> people) {
    members.clear();
    members.addAll(people);
  }

  /** The team's chat channel, if one is connected. */
  public Optional<ChatDestination> chat() {
    if (chatKind == null || chatWebhookUrl == null) {
      return Optional.empty();
    }
    return Optional.of(new ChatDestination(chatKind, chatWebhookUrl, chatSigningSecret));
  }

  /** The kind of chat connected, shown without its credentials. */
  public Optional<ChatKind> chatKind() {
    return chat().map(ChatDestination::kind);
  }

  /**
   * Connects the team's chat channel; a null {@code webhookUrl} keeps the saved one, so a form that
   * never shows the secret back can still change the kind.
   */
  void connectChat(ChatKind kind, String webhookUrl, String signingSecret) {
    this.chatKind = kind;
    if (webhookUrl != null) {
      this.chatWebhookUrl = webhookUrl;
    }
    if (signingSecret != null) {
      this.chatSigningSecret = signingSecret;
    }
  }

  void disconnectChat() {
    this.chatKind = null;
    this.chatWebhookUrl = null;
    this.chatSigningSecret = null;
  }

  public long version() {
    return version;
  }
}
