package io.reveille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActorTest {

  @ParameterizedTest
  @EnumSource(Role.class)
  void anAdministratorHasEveryRole(Role role) {
    Actor admin = new Actor("admin", Set.of(Role.ADMIN));

    assertThat(admin.has(role)).isTrue();
  }

  @Test
  void anyoneElseHasOnlyTheirOwnRoles() {
    Actor bob = new Actor("bob", Set.of(Role.RESPONDER, Role.SUPPORT));

    assertThat(bob.has(Role.RESPONDER)).isTrue();
    assertThat(bob.has(Role.SUPPORT)).isTrue();
    assertThat(bob.has(Role.INCIDENT_MANAGER)).isFalse();
    assertThat(bob.has(Role.LEADERSHIP)).isFalse();
    assertThat(bob.has(Role.ADMIN)).isFalse();
  }

  @Test
  void hasAnyIsTrueWhenOneCandidateIsHeld() {
    Actor carol = new Actor("carol", Set.of(Role.LEADERSHIP));

    assertThat(carol.hasAny(Role.INCIDENT_MANAGER, Role.LEADERSHIP)).isTrue();
    assertThat(carol.hasAny(Role.INCIDENT_MANAGER, Role.RESPONDER)).isFalse();
    assertThat(carol.hasAny()).isFalse();
  }

  @Test
  void theRolesAreCopiedSoLaterChangesDoNotLeakIn() {
    Set<Role> roles = EnumSet.of(Role.SUPPORT);
    Actor dave = new Actor("dave", roles);

    roles.add(Role.ADMIN);

    assertThat(dave.roles()).containsExactly(Role.SUPPORT);
    assertThat(dave.has(Role.INCIDENT_MANAGER)).isFalse();
  }
}
