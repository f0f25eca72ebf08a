package io.reveille.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Secret keys generated once per installation and kept in the database, so every node signs and
 * verifies with the same key. Each call is its own transaction: a lost race to create a key must
 * not roll back the caller's work. {@link SigningKey} is how code uses one.
 */
@ApplicationScoped
public class InstallationKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.REQUIRES_NEW)
  public byte[] getOrCreate(String name) {
    Optional<byte[]> stored = read(name);
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    em.createNativeQuery(
            "insert into installation_key (name, key_value, created_at) values (?, ?, ?)")
        .setParameter(1, name)
        .setParameter(2, Base64.getEncoder().encodeToString(fresh))
        .setParameter(3, clock.instant())
        .executeUpdate();
    return fresh;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Optional<byte[]> read(String name) {
    List<?> rows =
        em.createNativeQuery("select key_value from installation_key where name = ?")
            .setParameter(1, name)
            .getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(Base64.getDecoder().decode((String) rows.get(0)));
  }
}
