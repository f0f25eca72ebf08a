package io.reveille.web.security;

import io.reveille.identity.IdentityService;
import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks passwords and API tokens against Reveille's own people; their roles become groups. */
@ApplicationScoped
public class ReveilleIdentityStore implements IdentityStore {
  @Inject IdentityService identities;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    Optional<Actor> actor = Optional.empty();
    if (credential instanceof UsernamePasswordCredential password) {
      actor = identities.authenticate(password.getCaller(), password.getPasswordAsString());
    } else if (credential instanceof ApiTokenCredential token) {
      actor = identities.authenticateToken(token.token());
    }
    return actor
        .map(
            a ->
                new CredentialValidationResult(
                    a.username(),
                    a.roles().stream().map(Role::roleName).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
