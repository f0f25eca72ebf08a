package io.reveille.postmortem;

import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.Visibility;
import io.reveille.severity.Severity;
import io.reveille.shared.Actor;
import io.reveille.shared.ConcurrentChangeException;
import io.reveille.shared.ForbiddenActionException;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.OrganisationZone;
import io.reveille.shared.RetriedOnEngineConflict;
import io.reveille.shared.RuleViolationException;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntryKind;
import io.reveille.workflow.IncidentWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Writing, submitting and reviewing postmortems. */
@ApplicationScoped
@Transactional
@RetriedOnEngineConflict
public class PostmortemService {
  /** Leadership reviews within two business days of submission. */
  static final int REVIEW_WITHIN_BUSINESS_DAYS = 2;

  @Inject IncidentService incidents;
  @Inject IncidentWorkflow workflow;
  @Inject Timeline timeline;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId organisationZone;
  @PersistenceContext EntityManager em;

  /** The incident's postmortem, or an empty draft when nobody has written one yet. */
  public Postmortem of(IncidentNumber number) {
    Incident incident = incidents.get(number);
    return loaded(find(incident.id()).orElseGet(() -> new Postmortem(incident.id())));
  }

  public Postmortem save(
      Actor actor,
      IncidentNumber number,
      PostmortemContent content,
      List<ActionItemDraft> actionItems,
      Long expectedVersion) {
    Incident incident = incidents.lockForChange(number);
    requireWriter(actor, incident);
    validateItems(actionItems);
    Postmortem postmortem = find(incident.id()).orElse(null);
    if (postmortem == null) {
      postmortem = new Postmortem(incident.id());
      em.persist(postmortem);
    } else if (expectedVersion != null && expectedVersion != postmortem.version()) {
      throw new ConcurrentChangeException(
          "The postmortem of " + number + " was changed by someone else; reload and try again.");
    }
    postmortem.edit(actor.username(), normalise(content), actionItems);
    em.flush();
    return loaded(postmortem);
  }

  public Postmortem submit(Actor actor, IncidentNumber number) {
    Incident incident = incidents.lockForChange(number);
    requireWriter(actor, incident);
    Postmortem postmortem =
        find(incident.id())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "summary", "Write the postmortem before submitting it."));
    List<FieldError> missing = new ArrayList<>();
    PostmortemContent content = postmortem.content();
    Map<String, Function<PostmortemContent, String>> required =
        Map.of(
            "summary", PostmortemContent::summary,
            "impact", PostmortemContent::impact,
            "contributingFactors", PostmortemContent::contributingFactors,
            "resolution", PostmortemContent::resolution);
    required.forEach(
        (field, section) -> {
          if (section.apply(content).isBlank()) {
            missing.add(new FieldError(field, "This section is needed before review."));
          }
        });
    if (!missing.isEmpty()) {
      missing.sort((a, b) -> a.field().compareTo(b.field()));
      throw new InvalidInputException(missing);
    }
    Instant now = clock.instant();
    postmortem.submit(now);
    timeline.record(
        incident.id(),
        TimelineEntryKind.POSTMORTEM_SUBMITTED,
        Visibility.INTERNAL,
        actor.username(),
        "Postmortem submitted for review");
    Instant reviewDue =
        Severity.BusinessDays.add(now.atZone(organisationZone), REVIEW_WITHIN_BUSINESS_DAYS)
            .toInstant();
    workflow.postmortemSubmitted(number, reviewDue);
    em.flush();
    return loaded(postmortem);
  }

  public Postmortem review(
      Actor actor, IncidentNumber number, ReviewDecision decision, String comment) {
    if (!actor.has(Role.LEADERSHIP)) {
      throw new ForbiddenActionException("Only leadership reviews postmortems.");
    }
    if (decision == null) {
      throw new InvalidInputException("decision", "Approve the postmortem or request changes.");
    }
    String text = Optional.ofNullable(comment).orElse("").strip();
    if (decision == ReviewDecision.CHANGES_REQUESTED && text.isEmpty()) {
      throw new InvalidInputException("comment", "Say what should change.");
    }
    if (text.length() > 4000) {
      throw new InvalidInputException("comment", "Keep the comment under 4,000 characters.");
    }
    Incident incident = incidents.lockForChange(number);
    Postmortem postmortem =
        find(incident.id())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "decision", "There is no postmortem to review yet."));
    if (actor.username().equals(postmortem.author())) {
      throw new ForbiddenActionException(
          "A postmortem is reviewed by someone other than its author.");
    }
    postmortem.review(actor.username(), decision, text, clock.instant());
    boolean approved = decision == ReviewDecision.APPROVED;
    timeline.record(
        incident.id(),
        approved
            ? TimelineEntryKind.POSTMORTEM_APPROVED
            : TimelineEntryKind.POSTMORTEM_CHANGES_REQUESTED,
        Visibility.INTERNAL,
        actor.username(),
        approved ? "Postmortem approved" : "Changes requested: " + text);
    workflow.postmortemReviewed(number, approved);
    em.flush();
    return loaded(postmortem);
  }

  /** Action items and reviews are read after the transaction, by pages and the API. */
  private static Postmortem loaded(Postmortem postmortem) {
    postmortem.actionItems().size();
    postmortem.reviews().size();
    return postmortem;
  }

  private Optional<Postmortem> find(Long incidentId) {
    return em.createQuery("select p from Postmortem p where p.incidentId = :id", Postmortem.class)
        .setParameter("id", incidentId)
        .getResultStream()
        .findFirst();
  }

  /** The commander writes it; incident managers may step in for them. */
  private static void requireWriter(Actor actor, Incident incident) {
    if (incident.status() != IncidentStatus.RESOLVED) {
      throw new RuleViolationException(
          "status",
          incident.number()
              + " is "
              + incident.status().label().toLowerCase()
              + "; the postmortem is written once it is resolved.");
    }
    if (!incident.isHeldBy(IncidentRole.COMMANDER, actor.username())
        && !actor.has(Role.INCIDENT_MANAGER)) {
      throw new ForbiddenActionException("The postmortem is written by the incident commander.");
    }
  }

  private static PostmortemContent normalise(PostmortemContent c) {
    Function<String, String> clean = s -> s == null ? "" : s.strip();
    PostmortemContent result =
        new PostmortemContent(
            clean.apply(c.summary()),
            clean.apply(c.impact()),
            clean.apply(c.contributingFactors()),
            clean.apply(c.trigger()),
            clean.apply(c.resolution()),
            clean.apply(c.detection()),
            clean.apply(c.wentWell()),
            clean.apply(c.wentWrong()),
            clean.apply(c.gotLucky()));
    List<FieldError> tooLong = new ArrayList<>();
    Map.of(
            "summary", result.summary(),
            "impact", result.impact(),
            "contributingFactors", result.contributingFactors(),
            "trigger", result.trigger(),
            "resolution", result.resolution(),
            "detection", result.detection(),
            "wentWell", result.wentWell(),
            "wentWrong", result.wentWrong(),
            "gotLucky", result.gotLucky())
        .forEach(
            (field, text) -> {
              if (text.length() > 20000) {
                tooLong.add(new FieldError(field, "Keep each section under 20,000 characters."));
              }
            });
    if (!tooLong.isEmpty()) {
      throw new InvalidInputException(tooLong);
    }
    return result;
  }

  private static void validateItems(List<ActionItemDraft> items) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ActionItemDraft item = items.get(i);
      String prefix = "actionItems[" + i + "].";
      if (item.description() == null || item.description().isBlank()) {
        errors.add(new FieldError(prefix + "description", "Say what will be done."));
      } else if (item.description().length() > 500) {
        errors.add(new FieldError(prefix + "description", "Keep it under 500 characters."));
      }
      if (item.owner() == null || item.owner().isBlank()) {
        errors.add(new FieldError(prefix + "owner", "Name the person who owns it."));
      }
      if (item.dueDate() == null) {
        errors.add(new FieldError(prefix + "dueDate", "Give a due date."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
