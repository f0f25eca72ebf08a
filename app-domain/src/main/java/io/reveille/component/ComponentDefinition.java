package io.reveille.component;

import io.reveille.incident.Visibility;

/**
 * What an incident manager says about a component: its name and description, where it sits on the
 * status page, who may see it, and which escalation policy pages for it.
 */
public record ComponentDefinition(
    String name,
    String description,
    Long groupId,
    int position,
    Visibility visibility,
    boolean shownOnlyWhenDegraded,
    Long escalationPolicyId) {

  /** A public component in no group, listed in name order. */
  public static ComponentDefinition simple(String name, String description, Long policyId) {
    return new ComponentDefinition(name, description, null, 0, Visibility.PUBLIC, false, policyId);
  }
}
