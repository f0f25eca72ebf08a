package io.reveille.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A machine's credential, acting as the person who created it. Only a SHA-256 digest of the token
 * is stored: the token is high-entropy, so a slow hash would add cost without adding safety.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id
  @GeneratedValue(generator = "reveille_seq")
  @SequenceGenerator(name = "reveille_seq", sequenceName = "reveille_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "person_id")
  private Person owner;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_digest", nullable = false, unique = true, length = 64)
  private String tokenDigest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ApiToken() {}

  ApiToken(Person owner, String name, String tokenDigest, Instant createdAt) {
    this.owner = owner;
    this.name = name;
    this.tokenDigest = tokenDigest;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public Person owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
