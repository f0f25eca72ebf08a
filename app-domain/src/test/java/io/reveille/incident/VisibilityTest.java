package io.reveille.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisibilityTest {

  private static Actor actorWith(Role... roles) {
    return new Actor("someone", Set.of(roles));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void publicTextIsVisibleToEveryRole(Role role) {
    assertThat(Visibility.PUBLIC.isVisibleTo(actorWith(role))).isTrue();
  }

  @Test
  void publicTextIsVisibleToSupportAndToSomeoneWithoutRoles() {
    assertThat(Visibility.PUBLIC.isVisibleTo(actorWith(Role.SUPPORT))).isTrue();
    assertThat(Visibility.PUBLIC.isVisibleTo(actorWith())).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"INCIDENT_MANAGER", "RESPONDER", "LEADERSHIP", "ADMIN"})
  void internalTextIsVisibleToThePeopleWorkingIncidents(Role role) {
    assertThat(Visibility.INTERNAL.isVisibleTo(actorWith(role))).isTrue();
  }

  @Test
  void internalTextIsHiddenFromSupportStaff() {
    assertThat(Visibility.INTERNAL.isVisibleTo(actorWith(Role.SUPPORT))).isFalse();
  }

  @Test
  void internalTextIsHiddenFromSomeoneWithoutRoles() {
    assertThat(Visibility.INTERNAL.isVisibleTo(actorWith())).isFalse();
  }

  @Test
  void supportStaffWhoAlsoRespondSeeInternalText() {
    assertThat(Visibility.INTERNAL.isVisibleTo(actorWith(Role.SUPPORT, Role.RESPONDER))).isTrue();
  }
}
