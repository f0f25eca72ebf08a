package io.reveille.identity;

import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.RuleViolationException;
import io.reveille.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** People, their passwords and their API tokens. */
@ApplicationScoped
@Transactional
public class IdentityService {
  private static final Logger LOG = Logger.getLogger(IdentityService.class);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final String TOKEN_PREFIX = "rvl_";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Optional<Actor> authenticate(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    Optional<Person> person = find(username);
    if (person.isEmpty()) {
      PasswordHasher.burn(password);
      return Optional.empty();
    }
    Person p = person.get();
    if (!p.enabled() || !PasswordHasher.matches(password, p.passwordHash())) {
      return Optional.empty();
    }
    return Optional.of(new Actor(p.username(), p.roles()));
  }

  public Optional<Actor> authenticateToken(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return em.createQuery("select t from ApiToken t where t.tokenDigest = :digest", ApiToken.class)
        .setParameter("digest", PasswordHasher.sha256Hex(token))
        .getResultStream()
        .findFirst()
        .map(ApiToken::owner)
        .filter(Person::enabled)
        .map(p -> new Actor(p.username(), p.roles()));
  }

  public Optional<Person> find(String username) {
    return em.createQuery("select p from Person p where p.username = :u", Person.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public List<Person> everyone() {
    return em.createQuery("select p from Person p order by p.username", Person.class)
        .getResultList();
  }

  public Person create(NewPerson request) {
    List<FieldError> errors = new ArrayList<>();
    if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
      errors.add(
          new FieldError(
              "username", "Use 2 to 64 lowercase letters, digits, dots, dashes or underscores."));
    } else if (find(request.username()).isPresent()) {
      errors.add(
          new FieldError("username", "Someone is already called '" + request.username() + "'."));
    }
    if (request.displayName() == null || request.displayName().isBlank()) {
      errors.add(new FieldError("displayName", "Give the person's name."));
    }
    if (request.password() == null || request.password().length() < 12) {
      errors.add(new FieldError("password", "Use at least 12 characters."));
    }
    if (request.roles() == null || request.roles().isEmpty()) {
      errors.add(new FieldError("roles", "Give the person at least one role."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Person person =
        new Person(
            request.username(),
            request.displayName().strip(),
            request.email(),
            PasswordHasher.hash(request.password()),
            request.roles(),
            clock.instant());
    em.persist(person);
    return person;
  }

  /** Changes how {@code username} is reached when paged. */
  public Person changeContactMethods(String username, ContactMethods contact) {
    List<FieldError> errors = contact.problems();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Person person =
        find(username)
            .orElseThrow(
                () -> new NotFoundException("There is no person called '" + username + "'."));
    person.changeContactMethods(contact);
    return person;
  }

  /** The person whose phone number is {@code phone} (E.164), if exactly one has it. */
  public Optional<Person> findByPhone(String phone) {
    List<Person> found =
        em.createQuery("select p from Person p where p.phone = :phone", Person.class)
            .setParameter("phone", phone)
            .setMaxResults(2)
            .getResultList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Issues a token for the person; the token itself is returned once and never stored. */
  public IssuedToken issueToken(String username, String name) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidInputException(
          "name", "Name the token (up to 100 characters), e.g. 'monitoring'.");
    }
    Person owner =
        find(username).orElseThrow(() -> new RuleViolationException("username", "Unknown person."));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken apiToken =
        new ApiToken(owner, name.strip(), PasswordHasher.sha256Hex(token), clock.instant());
    em.persist(apiToken);
    return new IssuedToken(apiToken.id(), apiToken.name(), token, apiToken.createdAt());
  }

  /**
   * On first start there is nobody to sign in as: create the administrator, with the password from
   * REVEILLE_ADMIN_PASSWORD or a generated one printed once to the log.
   */
  public void ensureAdministrator() {
    long admins =
        em.createQuery("select count(p) from Person p join p.roles r where r = :admin", Long.class)
            .setParameter("admin", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return;
    }
    Optional<String> configured = Settings.get("reveille.admin.password");
    String password = configured.orElseGet(IdentityService::generatePassword);
    create(new NewPerson("admin", "Administrator", null, password, Set.of(Role.ADMIN)));
    if (configured.isPresent()) {
      LOG.info("Created the administrator 'admin' with the password from REVEILLE_ADMIN_PASSWORD.");
    } else {
      LOG.warnf(
          "Created the administrator 'admin' with the generated password %s"
              + " (shown once; change it, or set REVEILLE_ADMIN_PASSWORD before the first start).",
          password);
    }
  }

  private static String generatePassword() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What an administrator types to create a person. */
  public record NewPerson(
      String username, String displayName, String email, String password, Set<Role> roles) {}

  /** A freshly issued token; {@code token} is shown to its owner this once. */
  public record IssuedToken(Long id, String name, String token, java.time.Instant createdAt) {}
}
