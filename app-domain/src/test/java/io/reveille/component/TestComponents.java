package io.reveille.component;

import io.reveille.incident.Visibility;
import java.lang.reflect.Field;
import java.time.Instant;

/**
 * Components and groups for tests outside this package, built through the package-private
 * constructors, with the ids the database would give them.
 */
public final class TestComponents {
  private TestComponents() {}

  public static ComponentGroup group(long id, String name, int position) {
    return withId(new ComponentGroup(name, "", position), id);
  }

  public static Component component(
      long id,
      String name,
      ComponentGroup group,
      Visibility visibility,
      boolean shownOnlyWhenDegraded,
      Instant createdAt) {
    ComponentDefinition definition =
        new ComponentDefinition(
            name,
            name + " for customers",
            group == null ? null : group.id(),
            0,
            visibility,
            shownOnlyWhenDegraded,
            null);
    return withId(new Component(definition, null, group, createdAt), id);
  }

  /** A component in no group, as other packages' tests name one. */
  public static Component named(String name, Visibility visibility) {
    return component(0, name, null, visibility, false, Instant.parse("2026-01-01T00:00:00Z"));
  }

  public static Component publicComponent(long id, String name, Instant createdAt) {
    return component(id, name, null, Visibility.PUBLIC, false, createdAt);
  }

  /** Sets the status as an incident's update would; the change to keep as history. */
  public static ComponentStatusChange changeStatus(
      Component component, ComponentStatus status, Instant at) {
    return component
        .changeStatus(status, at, StatusCause.byHand("alice"))
        .orElseThrow(() -> new IllegalStateException(component.name() + " already " + status));
  }

  private static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
