package io.reveille.maintenance;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import io.reveille.component.Components;
import io.reveille.component.StatusCause;
import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.OrganisationZone;
import io.reveille.shared.PublicAnnouncement;
import io.reveille.shared.RetriedOnEngineConflict;
import io.reveille.shared.RuleViolationException;
import io.reveille.shared.StatusPageChanged;
import io.reveille.shared.TextInput;
import io.reveille.workflow.MaintenanceWorkflow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Schedules maintenance windows and moves them through their states. Incident managers schedule,
 * reschedule, cancel and confirm; the window's process model calls the timed steps (reminder,
 * start, verifying, completion). Every change writes a notice customers read, tells the status
 * page, and announces it to subscribers of the affected components inside the same transaction.
 *
 * <p>Components: at the start, each affected component that is operational goes under maintenance;
 * one an incident already has worse off keeps that status, so customers still see the outage. At
 * the end (completed, or cancelled while in progress) a component goes back to operational only if
 * it is still under maintenance and no other active window covers it; a component an incident
 * changed meanwhile keeps the incident's status, and the incident's own updates give it back.
 */
@ApplicationScoped
@Transactional
@RetriedOnEngineConflict
public class MaintenanceService {
  static final int DEFAULT_REMIND_BEFORE_MINUTES = 60;
  private static final int MAX_REMIND_BEFORE_MINUTES = 7 * 24 * 60;
  private static final Duration LONGEST_WINDOW = Duration.ofDays(14);
  private static final int PAST_SHOWN = 50;

  @PersistenceContext EntityManager em;
  @Inject Components components;
  @Inject MaintenanceWorkflow workflow;
  @Inject Clock clock;
  @Inject Event<StatusPageChanged> statusPageChanged;
  @Inject Event<PublicAnnouncement> announcements;
  @Inject @OrganisationZone ZoneId zone;

  private MaintenanceNotices notices;

  @PostConstruct
  void wording() {
    notices = new MaintenanceNotices(zone);
  }

  // What incident managers do.

  public MaintenanceWindow schedule(Actor actor, MaintenancePlan plan) {
    actor.require("schedule maintenance", Role.INCIDENT_MANAGER);
    Instant now = clock.instant();
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(
        errors,
        "title",
        plan.title(),
        3,
        200,
        "Name the work as customers will read it, such as \"Database upgrade\".");
    TextInput.check(
        errors,
        "description",
        plan.description(),
        3,
        5000,
        "Tell customers what is changing and what they may notice.");
    checkTimes(errors, plan.startsAt(), plan.endsAt(), now, true);
    int remindBefore =
        plan.remindBeforeMinutes() == null
            ? DEFAULT_REMIND_BEFORE_MINUTES
            : plan.remindBeforeMinutes();
    if (remindBefore < 0 || remindBefore > MAX_REMIND_BEFORE_MINUTES) {
      errors.add(
          new FieldError(
              "remindBeforeMinutes",
              "Remind subscribers from 0 (no reminder) to 10,080 minutes (a week) before."));
    }
    List<Component> affected = List.of();
    if (plan.componentNames().isEmpty()) {
      errors.add(new FieldError("components", "Choose at least one affected component."));
    } else {
      try {
        affected = components.named(plan.componentNames(), "components");
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    MaintenanceWindow window =
        new MaintenanceWindow(
            plan.title().strip(),
            plan.description().strip(),
            plan.startsAt(),
            plan.endsAt(),
            Duration.ofMinutes(remindBefore),
            affected,
            actor.username(),
            now);
    em.persist(window);
    announce(window, notices.scheduled(window), actor.username());
    workflow.scheduled(window, window.reminderTime(now).orElse(null));
    return window;
  }

  /**
   * Moves a window. Before its start both times may move; once it has started only its end can (a
   * window that is verifying goes back to in progress until the new end).
   */
  public MaintenanceWindow reschedule(Actor actor, long id, Instant startsAt, Instant endsAt) {
    actor.require("reschedule maintenance", Role.INCIDENT_MANAGER);
    MaintenanceWindow window = get(id);
    if (window.state().isOver()) {
      throw new RuleViolationException(
          "state", "This maintenance is " + window.state().label().toLowerCase() + " already.");
    }
    Instant now = clock.instant();
    boolean started = window.startedAt() != null;
    Instant newStart = started || startsAt == null ? window.startsAt() : startsAt;
    List<FieldError> errors = new ArrayList<>();
    if (started && startsAt != null && !startsAt.equals(window.startsAt())) {
      errors.add(new FieldError("startsAt", "It has started already; only its end can move now."));
    }
    checkTimes(errors, newStart, endsAt, now, !started);
    if (started && endsAt != null && !endsAt.isAfter(now)) {
      errors.add(new FieldError("endsAt", "Give an end in the future."));
    }
    if (errors.isEmpty() && newStart.equals(window.startsAt()) && endsAt.equals(window.endsAt())) {
      errors.add(new FieldError("startsAt", "That is when it is planned already."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    window.reschedule(newStart, endsAt);
    if (window.state() == MaintenanceState.VERIFYING) {
      window.moveTo(MaintenanceState.IN_PROGRESS, now);
    }
    announce(window, notices.rescheduled(window), actor.username());
    workflow.rescheduled(window, window.reminderTime(now).orElse(null));
    return window;
  }

  /** Calls a window off before it ends; components under maintenance are given back. */
  public MaintenanceWindow cancel(Actor actor, long id) {
    actor.require("cancel maintenance", Role.INCIDENT_MANAGER);
    MaintenanceWindow window = get(id);
    if (window.state() != MaintenanceState.SCHEDULED
        && window.state() != MaintenanceState.IN_PROGRESS) {
      throw new RuleViolationException(
          "state",
          window.state() == MaintenanceState.VERIFYING
              ? "Its planned time is over; confirm it complete, or reschedule its end."
              : "This maintenance is " + window.state().label().toLowerCase() + " already.");
    }
    boolean started = window.startedAt() != null;
    window.moveTo(MaintenanceState.CANCELLED, clock.instant());
    if (started) {
      giveComponentsBack(window);
    }
    announce(window, notices.cancelled(window), actor.username());
    workflow.cancelled(window);
    return window;
  }

  /** The incident manager's word that the work is done and works; the window completes now. */
  public MaintenanceWindow confirmComplete(Actor actor, long id) {
    actor.require("confirm maintenance complete", Role.INCIDENT_MANAGER);
    MaintenanceWindow window = get(id);
    if (window.state() != MaintenanceState.VERIFYING) {
      throw new RuleViolationException(
          "state",
          "Only maintenance that is verifying can be confirmed complete; this one is "
              + window.state().label().toLowerCase()
              + ".");
    }
    workflow.confirmed(window, actor.username());
    return window;
  }

  // What the window's process model does on its timers.

  /** Tells subscribers the window is about to start. */
  public void remindSubscribers(long id) {
    MaintenanceWindow window = get(id);
    if (window.state() == MaintenanceState.SCHEDULED) {
      announce(window, notices.reminder(window, clock.instant()), null);
    }
  }

  /** In progress: affected components that are operational go under maintenance. */
  public void start(long id) {
    MaintenanceWindow window = get(id);
    if (window.state() != MaintenanceState.SCHEDULED) {
      return;
    }
    window.moveTo(MaintenanceState.IN_PROGRESS, clock.instant());
    StatusCause cause = StatusCause.maintenance(id);
    for (Component component : window.components()) {
      if (component.status() == ComponentStatus.OPERATIONAL) {
        components.changeStatus(component, ComponentStatus.UNDER_MAINTENANCE, cause);
      }
    }
    announce(window, notices.started(window), null);
  }

  /** The planned end: the work is checked before the components are given back. */
  public void beginVerifying(long id) {
    MaintenanceWindow window = get(id);
    if (window.state() != MaintenanceState.IN_PROGRESS) {
      return;
    }
    window.moveTo(MaintenanceState.VERIFYING, clock.instant());
    announce(window, notices.verifying(), null);
  }

  /**
   * Completed: components are given back.
   *
   * @param confirmedBy who confirmed, or null when nobody did in time and it completed on its own
   */
  public void complete(long id, String confirmedBy) {
    MaintenanceWindow window = get(id);
    if (window.state().isOver()) {
      return;
    }
    window.moveTo(MaintenanceState.COMPLETED, clock.instant());
    giveComponentsBack(window);
    announce(window, notices.completed(), confirmedBy);
  }

  // What the pages and the API show.

  public MaintenanceWindow get(long id) {
    MaintenanceWindow window = em.find(MaintenanceWindow.class, id);
    if (window == null) {
      throw new NotFoundException("There is no maintenance " + id + ".");
    }
    window.components().size();
    window.updates().size();
    return window;
  }

  /** Scheduled windows, the soonest first. */
  public List<MaintenanceWindow> upcoming() {
    return loaded(
        windows(Set.of(MaintenanceState.SCHEDULED), "w.startsAt asc, w.id asc", Integer.MAX_VALUE));
  }

  /** Windows under way (in progress or verifying), the earliest started first. */
  public List<MaintenanceWindow> active() {
    return loaded(
        windows(
            Set.of(MaintenanceState.IN_PROGRESS, MaintenanceState.VERIFYING),
            "w.startsAt asc, w.id asc",
            Integer.MAX_VALUE));
  }

  /** The latest completed or cancelled windows, the most recent first. */
  public List<MaintenanceWindow> past() {
    return loaded(
        windows(
            Set.of(MaintenanceState.COMPLETED, MaintenanceState.CANCELLED),
            "w.completedAt desc, w.id desc",
            PAST_SHOWN));
  }

  private List<MaintenanceWindow> windows(Set<MaintenanceState> states, String order, int limit) {
    return em.createQuery(
            "select w from MaintenanceWindow w where w.state in :states order by " + order,
            MaintenanceWindow.class)
        .setParameter("states", states)
        .setMaxResults(limit)
        .getResultList();
  }

  /** With components and notices loaded (in batches), ready to show after the transaction. */
  private static List<MaintenanceWindow> loaded(List<MaintenanceWindow> windows) {
    windows.forEach(
        w -> {
          w.components().forEach(Component::name);
          w.updates().size();
        });
    return windows;
  }

  private void checkTimes(
      List<FieldError> errors, Instant startsAt, Instant endsAt, Instant now, boolean startAhead) {
    if (startsAt == null) {
      errors.add(new FieldError("startsAt", "Give the time the work starts."));
    } else if (startAhead && !startsAt.isAfter(now)) {
      errors.add(new FieldError("startsAt", "Give a start in the future."));
    }
    if (endsAt == null) {
      errors.add(new FieldError("endsAt", "Give the time the work ends."));
    } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
      errors.add(new FieldError("endsAt", "Give an end after the start."));
    } else if (startsAt != null
        && Duration.between(startsAt, endsAt).compareTo(LONGEST_WINDOW) > 0) {
      errors.add(
          new FieldError("endsAt", "Keep a window to 14 days at most; plan longer work in parts."));
    }
  }

  private void giveComponentsBack(MaintenanceWindow window) {
    StatusCause cause = StatusCause.maintenance(window.id());
    for (Component component : window.components()) {
      if (component.status() == ComponentStatus.UNDER_MAINTENANCE
          && !coveredByAnotherActiveWindow(component, window)) {
        components.changeStatus(component, ComponentStatus.OPERATIONAL, cause);
      }
    }
  }

  private boolean coveredByAnotherActiveWindow(Component component, MaintenanceWindow window) {
    return !em.createQuery(
            "select w.id from MaintenanceWindow w join w.components c"
                + " where c = :component and w <> :window and w.state in :active",
            Long.class)
        .setParameter("component", component)
        .setParameter("window", window)
        .setParameter("active", Set.of(MaintenanceState.IN_PROGRESS, MaintenanceState.VERIFYING))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Writes the notice, tells the status page, and announces it to subscribers in this transaction
   * (their outbox commits or rolls back with it).
   */
  private void announce(MaintenanceWindow window, String message, String author) {
    MaintenanceUpdate update = MaintenanceUpdate.post(window, message, author, clock.instant());
    em.persist(update);
    em.flush();
    statusPageChanged.fire(new StatusPageChanged());
    announcements.fire(
        PublicAnnouncement.maintenance(
            window.id(), update.id(), window.components().stream().map(Component::id).toList()));
  }
}
