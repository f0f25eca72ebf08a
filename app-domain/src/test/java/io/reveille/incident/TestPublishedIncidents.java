package io.reveille.incident;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import io.reveille.severity.Severity;
import io.reveille.severity.SeverityAssessment;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Incidents as the status page reads them, for tests outside this package: declared, classified,
 * then told to customers (or only to the team) update by update, with the ids the database would
 * give them.
 */
public final class TestPublishedIncidents {
  private static final AtomicLong IDS = new AtomicLong(1000);

  private TestPublishedIncidents() {}

  public static Incident declared(
      long number, String title, Severity severity, Instant at, Component... components) {
    Incident incident =
        withId(
            new Incident(
                title, "What the team knows", TestIncidents.someCustomersAffected(), "alice", at),
            number);
    incident.classify(new SeverityAssessment(severity, "test"));
    for (Component component : components) {
      incident.affectToo(component);
    }
    return incident;
  }

  /** A public update; the first one names the incident for customers. */
  public static StatusUpdate postPublic(
      Incident incident, IncidentStatus status, String publicTitle, String message, Instant at) {
    if (publicTitle != null) {
      incident.publishAs(publicTitle);
    } else if (!incident.isPublic()) {
      incident.publishAs(incident.title());
    }
    return withId(
        incident.postUpdate(status, Visibility.PUBLIC, message, "bob", at), IDS.incrementAndGet());
  }

  public static StatusUpdate postInternal(
      Incident incident, IncidentStatus status, String message, Instant at) {
    return withId(
        incident.postUpdate(status, Visibility.INTERNAL, message, "bob", at),
        IDS.incrementAndGet());
  }

  /** Records on the update that it set the component's status (the caller sets the status). */
  public static void changed(
      StatusUpdate update, Component component, ComponentStatus previous, ComponentStatus status) {
    update.recordComponentChange(new AffectedComponent(component, previous, status));
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
