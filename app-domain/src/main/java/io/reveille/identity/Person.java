package io.reveille.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Someone who signs in to Reveille. */
@Entity
@Table(name = "person")
public class Person {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 320)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(length = 16)
  private String phone;

  @Column(name = "chat_handle", length = 100)
  private String chatHandle;

  @Column(name = "time_zone", length = 64)
  private String timeZone;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Person() {}

  Person(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  void changeContactMethods(ContactMethods contact) {
    this.email = contact.email();
    this.phone = contact.phone();
    this.chatHandle = contact.chatHandle();
    this.timeZone = contact.timeZone() == null ? null : contact.timeZone().getId();
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  /** How to reach this person when they are paged. */
  public ContactMethods contact() {
    return new ContactMethods(
        email, phone, chatHandle, timeZone == null ? null : java.time.ZoneId.of(timeZone));
  }

  String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
