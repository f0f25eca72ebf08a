package io.reveille.incident;

import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import io.reveille.component.ComponentStatusChange;
import io.reveille.component.Components;
import io.reveille.component.StatusCause;
import io.reveille.escalation.EscalationService;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Role;
import io.reveille.severity.Severity;
import io.reveille.severity.SeverityAssessment;
import io.reveille.shared.Actor;
import io.reveille.shared.ConcurrentChangeException;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.OrganisationZone;
import io.reveille.shared.PublicAnnouncement;
import io.reveille.shared.RetriedOnEngineConflict;
import io.reveille.shared.RuleViolationException;
import io.reveille.shared.Settings;
import io.reveille.shared.StatusPageChanged;
import io.reveille.shared.TextInput;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntryKind;
import io.reveille.workflow.EscalationWorkflow;
import io.reveille.workflow.GuidedStep;
import io.reveille.workflow.IncidentWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Declares incidents and moves them through their lifecycle. Each operation is one transaction that
 * covers Reveille's tables and the process engine's, so a refusal anywhere leaves nothing behind.
 */
@ApplicationScoped
@Transactional
@RetriedOnEngineConflict
public class IncidentService {
  /**
   * Guidance for the first minutes, shown as due times and flagged on the timeline when missed.
   * Configurable (ISO-8601 durations) so that whole-system tests can run them in seconds.
   */
  static final Duration COMMANDER_WITHIN =
      Settings.get("reveille.guidance.commander-within")
          .map(Duration::parse)
          .orElse(Duration.ofMinutes(5));

  static final Duration FIRST_UPDATE_WITHIN =
      Settings.get("reveille.guidance.first-update-within")
          .map(Duration::parse)
          .orElse(Duration.ofMinutes(15));

  @Inject IncidentRepository incidents;
  @Inject IncidentWorkflow workflow;
  @Inject Timeline timeline;
  @Inject IdentityService identities;
  @Inject Components components;
  @Inject EscalationService escalations;
  @Inject EscalationWorkflow escalationWorkflow;
  @Inject Clock clock;
  @Inject Event<StatusPageChanged> statusPageChanged;
  @Inject Event<PublicAnnouncement> announcements;
  @Inject @OrganisationZone ZoneId organisationZone;
  @PersistenceContext EntityManager em;

  /** What the classification table would say, without declaring anything. */
  public SeverityAssessment previewSeverity(ImpactAssessment impact) {
    return workflow.classify(impact);
  }

  public Incident declare(Actor actor, Declaration declaration) {
    require(actor, "declare incidents", Role.INCIDENT_MANAGER, Role.RESPONDER);
    List<FieldError> problems = declaration.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    Incident incident =
        new Incident(
            declaration.title().strip(),
            Optional.ofNullable(declaration.summary()).orElse("").strip(),
            declaration.impact(),
            actor.username(),
            now);
    incident.affect(components.named(declaration.components(), "components"));
    incidents.add(incident);
    timeline.record(
        incident.id(),
        TimelineEntryKind.DECLARED,
        Visibility.INTERNAL,
        actor.username(),
        "Declared by " + actor.username() + ": " + incident.title());
    workflow.declared(incident, now.plus(COMMANDER_WITHIN), now.plus(FIRST_UPDATE_WITHIN));
    if (incident.severity() == null) {
      throw new IllegalStateException(
          "The incident lifecycle did not classify " + incident.number());
    }
    // Customers see nothing yet, but the staff status page lists every open incident at once.
    statusPageChanged.fire(new StatusPageChanged());
    return incident;
  }

  /** Called by the workflow with the decision table's result. */
  public void recordClassification(long incidentId, SeverityAssessment assessment) {
    Incident incident = em.find(Incident.class, incidentId);
    Severity before = incident.severity();
    incident.classify(assessment);
    if (before == null) {
      timeline.record(
          incidentId,
          TimelineEntryKind.SEVERITY_CLASSIFIED,
          Visibility.INTERNAL,
          null,
          "Classified " + assessment.severity() + ": " + assessment.reason());
    } else if (before != assessment.severity()) {
      statusPageChanged.fire(new StatusPageChanged()); // the impact shown follows the severity
      if (assessment.severity().isMoreSevereThan(before)) {
        escalationWorkflow.severityRaised(incident.number(), assessment.severity());
      }
      timeline.record(
          incidentId,
          TimelineEntryKind.SEVERITY_CHANGED,
          Visibility.INTERNAL,
          null,
          "Severity changed from "
              + before
              + " to "
              + assessment.severity()
              + ": "
              + assessment.reason());
    }
  }

  public StatusUpdate postUpdate(
      Actor actor, IncidentNumber number, UpdateDraft draft, Long expectedVersion) {
    require(actor, "post status updates", Role.INCIDENT_MANAGER, Role.RESPONDER);
    check(draft);
    Incident incident = lockForChange(number, expectedVersion);
    Instant now = clock.instant();
    boolean isPublic = draft.visibility() == Visibility.PUBLIC;
    boolean firstPublicUpdate = isPublic && incident.publicUpdates().isEmpty();
    if (isPublic) {
      publish(incident, draft.publicTitle());
    }
    Instant nextUpdateAt = isPublic ? nextUpdateAt(incident, draft, now) : null;
    List<Component> changed = namedComponents(draft);
    StatusUpdate update =
        incident.postUpdate(
            draft.status(), draft.visibility(), draft.message().strip(), actor.username(), now);
    update.promiseNextUpdateAt(nextUpdateAt);
    incidents.add(update);
    setComponentStatuses(actor, incident, update, draft, changed);
    timeline.record(
        incident.id(),
        TimelineEntryKind.STATUS_UPDATE,
        draft.visibility(),
        actor.username(),
        draft.status().label() + ": " + update.message());
    IncidentStatus status = draft.status();
    Instant postmortemDue =
        status == IncidentStatus.RESOLVED
            ? incident.severity().postmortemDueAfter(incident.resolvedAt(), organisationZone)
            : null;
    String commander =
        incident.currentHolder(IncidentRole.COMMANDER).map(RoleAssignment::username).orElse("");
    workflow.statusChanged(incident, status, postmortemDue, commander);
    if (firstPublicUpdate && status != IncidentStatus.RESOLVED) {
      workflow.stepDone(number, GuidedStep.POST_FIRST_UPDATE);
    }
    if (isPublic && status != IncidentStatus.RESOLVED) {
      workflow.publicUpdatePosted(number, nextUpdateAt);
    }
    if (status != IncidentStatus.RESOLVED) {
      escalations.noteActivity(incident.id(), actor.username());
    }
    if (isPublic || !changed.isEmpty()) {
      statusPageChanged.fire(new StatusPageChanged());
    }
    em.flush();
    if (isPublic) {
      announcements.fire(
          PublicAnnouncement.incidentUpdate(
              incident.id(),
              update.id(),
              incident.components().stream().map(Component::id).toList()));
    }
    return update;
  }

  /**
   * What {@link #postUpdate} would publish, decided by the same rules, without publishing it: the
   * composer's preview.
   */
  public UpdatePreview previewUpdate(Actor actor, IncidentNumber number, UpdateDraft draft) {
    require(actor, "post status updates", Role.INCIDENT_MANAGER, Role.RESPONDER);
    check(draft);
    Incident incident = get(number);
    if (!incident.status().canBeUpdatedTo(draft.status())) {
      throw new RuleViolationException(
          "status",
          number
              + " is "
              + incident.status().label().toLowerCase()
              + "; an update cannot set it"
              + " to "
              + draft.status().label().toLowerCase()
              + ".");
    }
    boolean isPublic = draft.visibility() == Visibility.PUBLIC;
    String title =
        draft.publicTitle() != null && !draft.publicTitle().isBlank()
            ? draft.publicTitle().strip()
            : incident.publicTitle().orElse(incident.title());
    List<UpdatePreview.ComponentLine> lines =
        plannedStatuses(incident, draft, namedComponents(draft));
    Instant now = clock.instant();
    return new UpdatePreview(
        incident,
        isPublic,
        title,
        draft.status(),
        draft.message().strip(),
        now,
        isPublic ? nextUpdateAt(incident, draft, now) : null,
        lines);
  }

  private static void check(UpdateDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.status() == null) {
      errors.add(new FieldError("status", "Choose the status this update reports."));
    }
    if (draft.visibility() == null) {
      errors.add(new FieldError("visibility", "Choose whether the update is public or internal."));
    }
    TextInput.check(errors, "message", draft.message(), 1, 5000, "Write what is happening.");
    if (draft.publicTitle() != null && !draft.publicTitle().isBlank()) {
      TextInput.check(
          errors, "publicTitle", draft.publicTitle(), 3, 200, "Give the title customers read.");
    }
    for (int i = 0; i < draft.components().size(); i++) {
      if (draft.components().get(i).status() == null) {
        errors.add(
            new FieldError("components[" + i + "].status", "Choose the component's status."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * Names the incident for customers with its first public update: the title given, else the
   * declared one (the composer shows it, editable, before anything is published).
   */
  private static void publish(Incident incident, String publicTitle) {
    if (publicTitle != null && !publicTitle.isBlank()) {
      incident.publishAs(publicTitle.strip());
    } else if (!incident.isPublic()) {
      incident.publishAs(incident.title());
    }
  }

  /**
   * When the next public update is due: what the team promised, or the severity's cadence. A
   * resolving update promises nothing.
   */
  private Instant nextUpdateAt(Incident incident, UpdateDraft draft, Instant now) {
    if (draft.status() == IncidentStatus.RESOLVED) {
      return null;
    }
    if (draft.nextUpdateAt() != null) {
      if (!draft.nextUpdateAt().isAfter(now)) {
        throw new InvalidInputException(
            "nextUpdateAt", "Promise the next update for a time still to come.");
      }
      if (draft.nextUpdateAt().isAfter(now.plus(Duration.ofDays(7)))) {
        throw new InvalidInputException(
            "nextUpdateAt", "Promise the next update within a week; customers are waiting.");
      }
      return draft.nextUpdateAt();
    }
    return incident.severity().updateCadence().map(now::plus).orElse(null);
  }

  /**
   * Applies the update's component statuses. Resolving also brings the incident's other components
   * back to operational, unless under maintenance or still named as degraded by the update.
   */
  /**
   * Applies the update's component statuses (the named components join the incident's) and keeps
   * each change on the update.
   */
  private void setComponentStatuses(
      Actor actor,
      Incident incident,
      StatusUpdate update,
      UpdateDraft draft,
      List<Component> named) {
    named.forEach(incident::affectToo);
    StatusCause cause = StatusCause.incident(actor.username(), incident.id());
    for (UpdatePreview.ComponentLine line : plannedStatuses(incident, draft, named)) {
      components
          .changeStatus(line.component(), line.to(), cause)
          .ifPresent(c -> update.recordComponentChange(affected(line.component(), c)));
    }
  }

  /** The draft's components, looked up by name in the order it names them. */
  private List<Component> namedComponents(UpdateDraft draft) {
    List<Component> named = new ArrayList<>();
    for (ComponentChange change : draft.components()) {
      named.addAll(components.named(List.of(change.component()), "components"));
    }
    return named;
  }

  /**
   * The component statuses an update sets, the one rule that both posting and the preview follow:
   * the statuses it names, and on resolving, the incident's other components back to operational
   * unless under maintenance. Statuses already in place are left out.
   */
  private static List<UpdatePreview.ComponentLine> plannedStatuses(
      Incident incident, UpdateDraft draft, List<Component> named) {
    List<UpdatePreview.ComponentLine> lines = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Component component = named.get(i);
      ComponentStatus wanted = draft.components().get(i).status();
      if (component.status() != wanted) {
        lines.add(new UpdatePreview.ComponentLine(component, component.status(), wanted));
      }
    }
    if (draft.status() == IncidentStatus.RESOLVED) {
      for (Component component : incident.components()) {
        if (!named.contains(component)
            && component.status() != ComponentStatus.UNDER_MAINTENANCE
            && component.status() != ComponentStatus.OPERATIONAL) {
          lines.add(
              new UpdatePreview.ComponentLine(
                  component, component.status(), ComponentStatus.OPERATIONAL));
        }
      }
    }
    return lines;
  }

  private static AffectedComponent affected(Component component, ComponentStatusChange change) {
    return new AffectedComponent(component, change.previous(), change.status());
  }

  public Incident reassess(
      Actor actor, IncidentNumber number, ImpactAssessment impact, Long expectedVersion) {
    require(actor, "reassess incidents", Role.INCIDENT_MANAGER);
    if (impact == null) {
      throw new InvalidInputException("impact", "Describe the impact to reassess the severity.");
    }
    Incident incident = lockForChange(number, expectedVersion);
    incident.reassess(impact);
    workflow.reassessed(incident);
    em.flush();
    return incident;
  }

  public RoleAssignment assignRole(
      Actor actor, IncidentNumber number, IncidentRole role, String username) {
    require(actor, "assign incident roles", Role.INCIDENT_MANAGER);
    if (role == null) {
      throw new InvalidInputException("role", "Choose a role.");
    }
    if (username == null || identities.find(username).isEmpty()) {
      throw new InvalidInputException("username", "There is no person called '" + username + "'.");
    }
    Incident incident = lockForChange(number, null);
    RoleAssignment assignment = incident.assign(role, username, actor.username(), clock.instant());
    incidents.add(assignment);
    timeline.record(
        incident.id(),
        TimelineEntryKind.ROLE_ASSIGNED,
        Visibility.INTERNAL,
        actor.username(),
        username + " is now " + role.label().toLowerCase());
    if (role == IncidentRole.COMMANDER) {
      workflow.stepDone(number, GuidedStep.ASSIGN_COMMANDER);
    }
    em.flush();
    return assignment;
  }

  /** Called by the workflow when a guided step is past its due time and still not done. */
  public void stepOverdue(long incidentId, GuidedStep step) {
    timeline.record(
        incidentId,
        TimelineEntryKind.STEP_OVERDUE,
        Visibility.INTERNAL,
        null,
        "Overdue: " + step.title());
  }

  /** Called by the workflow when the postmortem is approved: the only way an incident closes. */
  public void close(long incidentId) {
    Incident incident = em.find(Incident.class, incidentId);
    incident.close(clock.instant());
    timeline.record(
        incidentId,
        TimelineEntryKind.CLOSED,
        Visibility.INTERNAL,
        null,
        "Closed: postmortem approved");
    statusPageChanged.fire(new StatusPageChanged());
  }

  /** The incident with its updates, role history and components loaded, ready to show. */
  public Incident get(IncidentNumber number) {
    return loaded(incidents.get(number));
  }

  public IncidentRepository.Page<Incident> list(
      List<IncidentStatus> statuses, List<Severity> severities, int page, int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "Pages are counted from 0.");
    }
    if (size < 1 || size > 200) {
      throw new InvalidInputException("size", "A page holds between 1 and 200 incidents.");
    }
    IncidentRepository.Page<Incident> result = incidents.list(statuses, severities, page, size);
    result
        .items()
        .forEach( // shown with each one
            incident -> {
              incident.roleAssignments().size();
              incident.components().size();
            });
    return result;
  }

  /**
   * The incident, locked for a change: its row is locked until the transaction ends and its version
   * goes up even when no column of it changes (an update or a role is a change of the incident).
   * Changes to one incident thus happen one after the other, each seeing the last one's result, and
   * its process is never driven by two transactions at once. Postmortem changes take it too.
   */
  public Incident lockForChange(IncidentNumber number) {
    return lockForChange(number, null);
  }

  private Incident lockForChange(IncidentNumber number, Long expectedVersion) {
    Incident incident = em.find(Incident.class, number.value(), LockModeType.PESSIMISTIC_WRITE);
    if (incident == null) {
      throw new NotFoundException("There is no incident " + number + ".");
    }
    if (expectedVersion != null && expectedVersion != incident.version()) {
      throw new ConcurrentChangeException(
          number + " was changed by someone else since you loaded it; reload and try again.");
    }
    em.lock(incident, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    return loaded(incident);
  }

  /** Loads what the API and the pages show after the transaction, when lazy parts can't load. */
  private static Incident loaded(Incident incident) {
    // Each update's component changes, and the components they name, are shown too.
    incident.updates().forEach(u -> u.componentChanges().forEach(c -> c.component().name()));
    incident.roleAssignments().size();
    incident.components().size();
    return incident;
  }

  static void require(Actor actor, String what, Role... roles) {
    actor.require(what, roles);
  }
}
