package io.reveille.subscriber;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import io.reveille.incident.AffectedComponent;
import io.reveille.incident.Incident;
import io.reveille.incident.StatusUpdate;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenanceUpdate;
import io.reveille.maintenance.MaintenanceWindow;
import io.reveille.shared.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what an announcement says, once per announcement per node: a fan-out to 100,000 subscribers
 * composes 100,000 messages from one bulletin. Public updates are never edited, so the cached copy
 * stays true.
 */
@ApplicationScoped
public class Bulletins {
  private static final int CACHED = 256;

  @PersistenceContext EntityManager em;

  private final Map<Long, Bulletin> cache = new ConcurrentHashMap<>();

  /** The bulletin of announcement {@code id}; empty if what it announced is gone. */
  @Transactional
  public Optional<Bulletin> of(long id) {
    Bulletin cached = cache.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Announcement announcement = em.find(Announcement.class, id);
    if (announcement == null) {
      return Optional.empty();
    }
    Optional<Bulletin> read =
        switch (announcement.kind()) {
          case INCIDENT_UPDATE -> incidentUpdate(announcement);
          case MAINTENANCE -> maintenanceNotice(announcement);
        };
    read.ifPresent(
        bulletin -> {
          if (cache.size() >= CACHED) {
            cache.clear();
          }
          cache.put(id, bulletin);
        });
    return read;
  }

  private Optional<Bulletin> incidentUpdate(Announcement announcement) {
    Incident incident = em.find(Incident.class, announcement.incidentId());
    StatusUpdate update = em.find(StatusUpdate.class, announcement.statusUpdateId());
    // An internal update is never announced; refusing here keeps a future mistake from leaking.
    if (incident == null || update == null || update.visibility() != Visibility.PUBLIC) {
      return Optional.empty();
    }
    Map<Long, ComponentStatus> setByUpdate = new HashMap<>();
    for (AffectedComponent change : update.componentChanges()) {
      setByUpdate.put(change.component().id(), change.status());
    }
    return Optional.of(
        new Bulletin(
            announcement.id(),
            Bulletin.Subject.INCIDENT,
            incident.id(),
            update.id(),
            incident.publicTitle().orElse("Incident"),
            update.status().name().toLowerCase(java.util.Locale.ROOT),
            update.status().label(),
            update.message(),
            update.postedAt(),
            update.nextUpdateAt().orElse(null),
            null,
            null,
            concerned(incident.components(), setByUpdate),
            pageUrl()));
  }

  private Optional<Bulletin> maintenanceNotice(Announcement announcement) {
    MaintenanceWindow window = em.find(MaintenanceWindow.class, announcement.maintenanceId());
    MaintenanceUpdate notice = em.find(MaintenanceUpdate.class, announcement.maintenanceUpdateId());
    if (window == null || notice == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Bulletin(
            announcement.id(),
            Bulletin.Subject.MAINTENANCE,
            window.id(),
            notice.id(),
            window.title(),
            notice.state().code(),
            notice.state().label(),
            notice.message(),
            notice.postedAt(),
            null,
            window.startsAt(),
            window.endsAt(),
            concerned(window.components(), Map.of()),
            pageUrl()));
  }

  /** The public ones only: an internal component's name is not for customers. */
  private static List<Bulletin.Concerned> concerned(
      List<Component> components, Map<Long, ComponentStatus> setByUpdate) {
    return components.stream()
        .filter(c -> c.visibility() == Visibility.PUBLIC)
        .map(
            c -> {
              ComponentStatus status = setByUpdate.getOrDefault(c.id(), c.status());
              return new Bulletin.Concerned(c.id(), c.name(), status.code(), status.label());
            })
        .toList();
  }

  private static URI pageUrl() {
    return URI.create(PublicUrl.base() + "/status");
  }
}
