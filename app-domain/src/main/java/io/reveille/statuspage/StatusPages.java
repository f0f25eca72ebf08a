package io.reveille.statuspage;

import io.reveille.incident.IncidentNumber;
import io.reveille.shared.Settings;
import io.reveille.shared.StatusPageChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The status page snapshots, served from memory. A snapshot is rebuilt when something on the page
 * changed here ({@link StatusPageChanged}, after the commit) or when it is a few seconds old, so
 * that changes made on another node sharing the database show too ({@code
 * reveille.status-page.max-age}, default 5 s).
 *
 * <p>However many readers arrive, one of them rebuilds while the others keep reading the snapshot
 * they had; only the very first reader of a node waits for one. Readers never take a lock the
 * incident team's writes could wait on.
 */
@ApplicationScoped
public class StatusPages {
  static final Duration MAX_AGE =
      Settings.get("reveille.status-page.max-age")
          .map(Duration::parse)
          .orElse(Duration.ofSeconds(5));

  @Inject StatusPageLoader loader;

  /** Bumped on every change; a snapshot built from an older generation is stale. */
  private final AtomicLong generation = new AtomicLong();

  private final Map<Audience, Slot> slots = new EnumMap<>(Audience.class);

  public StatusPages() {
    for (Audience audience : Audience.values()) {
      slots.put(audience, new Slot());
    }
  }

  /** The page as the audience sees it now (at most a few seconds old). */
  public StatusPage current(Audience audience) {
    return slots.get(audience).current(audience);
  }

  /**
   * The audience's snapshot if it is fresh, without ever building one: for answering from memory
   * where a database read must not happen (the web tier's fast path).
   */
  public Optional<StatusPage> ifFresh(Audience audience) {
    return slots.get(audience).ifFresh();
  }

  /** An incident's page: from the snapshot, or read on its own if it is older than the history. */
  public Optional<StatusPage.IncidentNotice> incident(IncidentNumber number, Audience audience) {
    return current(audience).incident(number).or(() -> loader.incident(number, audience));
  }

  /**
   * A maintenance window's page: from the snapshot, or read on its own if it is older than the
   * windows the snapshot keeps. Cancelled windows are not shown, as on the page itself.
   */
  public Optional<StatusPage.MaintenanceNotice> maintenance(long id, Audience audience) {
    return current(audience).maintenance(id).or(() -> loader.maintenance(id, audience));
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusPageChanged change) {
    generation.incrementAndGet();
  }

  private record Built(StatusPage page, long generation, long builtAtNanos) {}

  /** One audience's snapshot and the lock its single rebuilder holds. */
  private final class Slot {
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Built built;

    StatusPage current(Audience audience) {
      Built now = built;
      if (now != null && isFresh(now)) {
        return now.page;
      }
      if (now != null) {
        // Stale: one reader rebuilds, the rest keep the page they had for those milliseconds.
        if (!rebuilding.tryLock()) {
          return now.page;
        }
      } else {
        rebuilding.lock();
      }
      try {
        Built again = built;
        if (again != null && isFresh(again)) {
          return again.page;
        }
        long startedGeneration = generation.get();
        StatusPage page = loader.load(audience);
        // An unchanged page keeps its identity, and with it the renderings cached for it.
        if (again != null && again.page.equals(page)) {
          page = again.page;
        }
        built = new Built(page, startedGeneration, System.nanoTime());
        return page;
      } finally {
        rebuilding.unlock();
      }
    }

    Optional<StatusPage> ifFresh() {
      Built now = built;
      return now != null && isFresh(now) ? Optional.of(now.page) : Optional.empty();
    }

    private boolean isFresh(Built b) {
      return b.generation == generation.get()
          && System.nanoTime() - b.builtAtNanos < MAX_AGE.toNanos();
    }
  }
}
