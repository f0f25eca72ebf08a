package io.reveille.postmortem;

import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentService;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.RoleAssignment;
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
import io.reveille.shared.StatusPageChanged;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntry;
import io.reveille.timeline.TimelineEntryKind;
import io.reveille.workflow.IncidentWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing, submitting, reviewing and publishing postmortems. The writer (the commander, or an
 * incident manager) drafts from the incident's record; leadership reviews; the customer-facing text
 * goes onto the status page once approved. Reminders run on timers behind {@link
 * PostmortemFollowUps}.
 */
@ApplicationScoped
@Transactional
@RetriedOnEngineConflict
public class PostmortemService {
  private static final Pattern CLASSIFIED = Pattern.compile("^Classified (SEV[123])");
  private static final Pattern CHANGED_TO =
      Pattern.compile("^Severity changed from SEV[123] to (SEV[123])");

  @Inject IncidentService incidents;
  @Inject IncidentWorkflow workflow;
  @Inject PostmortemFollowUps followUps;
  @Inject PostmortemTemplate template;
  @Inject IdentityService identities;
  @Inject Timeline timeline;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId organisationZone;
  @Inject Event<StatusPageChanged> statusPageChanged;
  @PersistenceContext EntityManager em;

  /**
   * The incident's postmortem, or an unsaved draft when nobody has written one yet (with the
   * incident's timeline already in it, as the editor will start from it).
   */
  public Postmortem of(IncidentNumber number) {
    Incident incident = incidents.get(number);
    return loaded(
        find(incident.id())
            .orElseGet(
                () -> {
                  Postmortem draft = new Postmortem(incident.id());
                  draft.draftTimeline(timeline.of(incident.id()));
                  return draft;
                }));
  }

  /** The first release's save: sections and action items only. */
  public Postmortem save(
      Actor actor,
      IncidentNumber number,
      PostmortemContent content,
      List<ActionItemDraft> actionItems,
      Long expectedVersion) {
    return save(
        actor,
        number,
        new PostmortemDraft(content, Map.of(), actionItems, null, null),
        expectedVersion);
  }

  public Postmortem save(
      Actor actor, IncidentNumber number, PostmortemDraft draft, Long expectedVersion) {
    Incident incident = incidents.lockForChange(number);
    requireWriter(actor, incident);
    List<ActionItemDraft> actionItems =
        draft.actionItems() == null ? List.of() : draft.actionItems();
    validateItems(actionItems);
    Map<String, String> custom = customSections(draft.customSections());
    List<TimelineEdit> timelineEdits =
        draft.timeline() == null ? null : validateTimeline(draft.timeline());
    PublicPostmortemText publicText =
        draft.publicText() == null ? null : validatePublic(draft.publicText());
    Postmortem postmortem = find(incident.id()).orElse(null);
    if (postmortem == null) {
      postmortem = new Postmortem(incident.id());
      postmortem.draftTimeline(timeline.of(incident.id()));
      em.persist(postmortem);
    } else if (expectedVersion != null && expectedVersion != postmortem.version()) {
      throw new ConcurrentChangeException(
          "The postmortem of " + number + " was changed by someone else; reload and try again.");
    }
    postmortem.edit(actor.username(), normalise(draft.content()), custom);
    List<Long> removed = new ArrayList<>();
    List<ActionItem> replan = postmortem.editActionItems(actionItems, clock.instant(), removed);
    if (timelineEdits != null) {
      postmortem.editTimeline(timelineEdits);
    }
    if (publicText != null) {
      postmortem.writePublic(actor.username(), publicText);
    }
    em.flush();
    removed.forEach(followUps::actionItemClosed);
    replan.forEach(this::plan);
    return loaded(postmortem);
  }

  /**
   * Only the customer-facing text: written while the document is the writer's, or after approval
   * (then approved again on its own before publishing).
   */
  public Postmortem writePublic(
      Actor actor, IncidentNumber number, PublicPostmortemText text, Long expectedVersion) {
    Incident incident = incidents.lockForChange(number);
    if (!incident.isHeldBy(IncidentRole.COMMANDER, actor.username())
        && !actor.has(Role.INCIDENT_MANAGER)) {
      throw new ForbiddenActionException("The postmortem is written by the incident commander.");
    }
    Postmortem postmortem = existing(incident, "publicSummary");
    if (expectedVersion != null && expectedVersion != postmortem.version()) {
      throw new ConcurrentChangeException(
          "The postmortem of " + number + " was changed by someone else; reload and try again.");
    }
    postmortem.writePublic(actor.username(), validatePublic(text));
    em.flush();
    return loaded(postmortem);
  }

  /** Leadership approves a public text written (or changed) after the postmortem's approval. */
  public Postmortem approvePublic(Actor actor, IncidentNumber number) {
    if (!actor.has(Role.LEADERSHIP)) {
      throw new ForbiddenActionException("Only leadership approves the public postmortem.");
    }
    Incident incident = incidents.lockForChange(number);
    Postmortem postmortem = existing(incident, "publicSummary");
    if (actor.username().equals(postmortem.publicWrittenBy())) {
      throw new ForbiddenActionException(
          "The public postmortem is approved by someone other than its writer.");
    }
    postmortem.approvePublic(actor.username(), clock.instant());
    em.flush();
    return loaded(postmortem);
  }

  /**
   * Puts the approved public postmortem on the status page, its JSON and its feeds. Only for an
   * incident customers know of: a postmortem of something they never saw would only confuse.
   */
  public Postmortem publish(Actor actor, IncidentNumber number) {
    Incident incident = incidents.lockForChange(number);
    if (!incident.isHeldBy(IncidentRole.COMMANDER, actor.username())
        && !incident.isHeldBy(IncidentRole.COMMUNICATIONS_LEAD, actor.username())
        && !actor.has(Role.INCIDENT_MANAGER)) {
      throw new ForbiddenActionException(
          "The public postmortem is published by the commander, the communications lead or an"
              + " incident manager.");
    }
    if (!incident.isPublic()) {
      throw new RuleViolationException(
          "incident",
          number + " never appeared on the status page; there is nothing to follow up in public.");
    }
    Postmortem postmortem = existing(incident, "state");
    postmortem.publish(actor.username(), clock.instant());
    timeline.record(
        incident.id(),
        TimelineEntryKind.POSTMORTEM_PUBLISHED,
        Visibility.PUBLIC,
        actor.username(),
        "Postmortem published on the status page");
    em.flush();
    statusPageChanged.fire(new StatusPageChanged());
    return loaded(postmortem);
  }

  /** A remark on one section, by a reviewer or the writer. */
  public PostmortemComment comment(
      Actor actor, IncidentNumber number, String section, String body) {
    actor.require("comment on postmortems", Role.LEADERSHIP, Role.INCIDENT_MANAGER, Role.RESPONDER);
    Set<String> sections = new LinkedHashSet<>();
    template.sections().forEach(t -> sections.add(t.key()));
    sections.addAll(List.of("timeline", "actionItems", "public"));
    if (section == null || !sections.contains(section)) {
      throw new InvalidInputException(
          "section", "Name one of the sections: " + String.join(", ", sections) + ".");
    }
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("body", "Write the comment.");
    }
    if (text.length() > 4000) {
      throw new InvalidInputException("body", "Keep the comment under 4,000 characters.");
    }
    Incident incident = incidents.lockForChange(number);
    Postmortem postmortem = existing(incident, "section");
    PostmortemComment comment =
        postmortem.comment(section, actor.username(), text, clock.instant());
    em.flush();
    return comment;
  }

  /** Blame the writer should look at again: people's names, "human error", judging words. */
  public List<BlamelessCheck.Warning> blamelessWarnings(Postmortem postmortem) {
    Set<String> names = new HashSet<>();
    for (Person person : identities.everyone()) {
      names.add(person.username());
      if (person.displayName() != null) {
        names.add(person.displayName());
      }
    }
    Map<String, String> text = new LinkedHashMap<>();
    for (TemplateSection section : template.sections()) {
      text.put(section.key(), postmortem.section(section.key()));
    }
    StringBuilder annotations = new StringBuilder();
    postmortem.timeline().stream()
        .filter(e -> e.kind() == TimelineEntryKind.NOTE || !e.annotation().isEmpty())
        .forEach(
            e ->
                annotations
                    .append(e.kind() == TimelineEntryKind.NOTE ? e.text() : "")
                    .append('\n')
                    .append(e.annotation())
                    .append('\n'));
    text.put("timeline", annotations.toString());
    return new BlamelessCheck(names).check(text);
  }

  /** Durations and responders, computed from the incident's record. */
  public PostmortemFacts facts(IncidentNumber number) {
    Incident incident = incidents.get(number);
    List<TimelineEntry> entries = timeline.of(incident.id());
    List<IncidentDurations.Change<Severity>> severities = new ArrayList<>();
    Instant firstAck = null;
    Set<String> acknowledged = new HashSet<>();
    for (TimelineEntry entry : entries) {
      Matcher classified = CLASSIFIED.matcher(entry.summary());
      Matcher changed = CHANGED_TO.matcher(entry.summary());
      if (entry.kind() == TimelineEntryKind.SEVERITY_CLASSIFIED && classified.find()) {
        severities.add(
            new IncidentDurations.Change<>(
                entry.occurredAt(), Severity.valueOf(classified.group(1))));
      } else if (entry.kind() == TimelineEntryKind.SEVERITY_CHANGED && changed.find()) {
        severities.add(
            new IncidentDurations.Change<>(entry.occurredAt(), Severity.valueOf(changed.group(1))));
      } else if (entry.kind() == TimelineEntryKind.ACKNOWLEDGED) {
        if (firstAck == null) {
          firstAck = entry.occurredAt();
        }
        if (entry.actor() != null) {
          acknowledged.add(entry.actor());
        }
      }
    }
    if (severities.isEmpty() && incident.severity() != null) {
      severities.add(new IncidentDurations.Change<>(incident.declaredAt(), incident.severity()));
    }
    List<IncidentDurations.Change<IncidentStatus>> statuses =
        incident.updates().stream()
            .map(u -> new IncidentDurations.Change<>(u.postedAt(), u.status()))
            .toList();
    IncidentDurations durations =
        IncidentDurations.of(
            incident.declaredAt(),
            incident.resolvedAt(),
            firstAck,
            severities,
            statuses,
            clock.instant());
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (RoleAssignment assignment : incident.roleAssignments()) {
      List<String> held = roles.computeIfAbsent(assignment.username(), u -> new ArrayList<>());
      if (!held.contains(assignment.role().label())) {
        held.add(assignment.role().label());
      }
    }
    acknowledged.forEach(u -> roles.computeIfAbsent(u, x -> new ArrayList<>()));
    List<PostmortemFacts.Responder> responders = new ArrayList<>();
    roles.forEach(
        (username, held) ->
            responders.add(
                new PostmortemFacts.Responder(
                    username,
                    identities.find(username).map(Person::displayName).orElse(username),
                    held,
                    acknowledged.contains(username))));
    return new PostmortemFacts(durations, responders);
  }

  /** Action items of one owner, open ones first, then by due date. */
  public List<ActionItem> actionItemsOf(String owner) {
    return em
        .createQuery(
            "select a from ActionItem a join fetch a.postmortem where a.owner = :owner"
                + " order by a.dueDate, a.id",
            ActionItem.class)
        .setParameter("owner", owner)
        .getResultList()
        .stream()
        .sorted(java.util.Comparator.comparing((ActionItem a) -> !a.state().isOpen()))
        .toList();
  }

  /** Every open action item, overdue ones first: leadership's overview. */
  public List<ActionItem> openActionItems() {
    LocalDate today = today();
    return em
        .createQuery(
            "select a from ActionItem a join fetch a.postmortem where a.state in :open"
                + " order by a.dueDate, a.id",
            ActionItem.class)
        .setParameter("open", List.of(ActionItemState.OPEN, ActionItemState.IN_PROGRESS))
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparing((ActionItem a) -> !a.isOverdue(today))
                .thenComparing(ActionItem::priority)
                .thenComparing(ActionItem::dueDate))
        .toList();
  }

  /**
   * Moves one action item (started, done, won't do): its owner, an incident manager or an admin, at
   * any time, the postmortem's approval notwithstanding; items outlive the document.
   */
  public ActionItem moveActionItem(Actor actor, long actionItemId, ActionItemState state) {
    if (state == null) {
      throw new InvalidInputException("state", "Say where the item stands.");
    }
    ActionItem item = em.find(ActionItem.class, actionItemId);
    if (item == null) {
      throw new io.reveille.shared.NotFoundException(
          "There is no action item " + actionItemId + ".");
    }
    if (!actor.username().equals(item.owner())
        && !actor.hasAny(Role.INCIDENT_MANAGER, Role.ADMIN)) {
      throw new ForbiddenActionException("Only its owner or an incident manager moves an item.");
    }
    item.move(state, clock.instant());
    em.flush();
    plan(item);
    item.postmortem().incidentId(); // loaded now: the API names the incident after the transaction
    return item;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), organisationZone);
  }

  private void plan(ActionItem item) {
    if (item.state().isOpen()) {
      followUps.actionItemPlanned(
          item.id(), ActionItemSchedule.of(item.dueDate(), clock.instant(), organisationZone));
    } else {
      followUps.actionItemClosed(item.id());
    }
  }

  private Postmortem existing(Incident incident, String field) {
    return find(incident.id())
        .orElseThrow(
            () -> new RuleViolationException(field, "Nobody has written the postmortem yet."));
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
    // Needed only while the template has them: an administrator may have dropped one.
    for (TemplateSection section : template.sections()) {
      if (TemplateSection.NEEDED_FOR_REVIEW.contains(section.key())
          && content.section(section.key()).isBlank()) {
        missing.add(new FieldError(section.key(), "This section is needed before review."));
      }
    }
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
    Severity severity = incident.severity() == null ? Severity.SEV3 : incident.severity();
    Instant reviewDue = ReviewDeadlines.dueAfter(severity, now, organisationZone);
    postmortem.reviewDueAt(reviewDue);
    workflow.postmortemSubmitted(number, reviewDue);
    em.flush();
    followUps.reviewRequested(
        number, postmortem.id(), ReviewDeadlines.remindAt(now, reviewDue), reviewDue);
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
    postmortem.reviewDueAt(null);
    workflow.postmortemReviewed(number, approved);
    followUps.reviewEnded(number);
    em.flush();
    return loaded(postmortem);
  }

  /** Action items and reviews are read after the transaction, by pages and the API. */
  private static Postmortem loaded(Postmortem postmortem) {
    postmortem.actionItems().size();
    postmortem.reviews().size();
    postmortem.timeline().size();
    postmortem.comments().size();
    postmortem.section("");
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
            clean.apply(c.gotLucky()),
            clean.apply(c.supportingInformation()));
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
            "gotLucky", result.gotLucky(),
            "supportingInformation", result.supportingInformation())
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
      if (item.owner() != null && item.owner().strip().length() > 64) {
        errors.add(new FieldError(prefix + "owner", "Give the owner's username."));
      }
      if (item.trackerUrl() != null && !item.trackerUrl().isBlank()) {
        String url = item.trackerUrl().strip();
        if (url.length() > 2000 || !(url.startsWith("https://") || url.startsWith("http://"))) {
          errors.add(
              new FieldError(
                  prefix + "trackerUrl", "Link to the tracker with an http(s) address."));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private Map<String, String> customSections(Map<String, String> sent) {
    if (sent == null || sent.isEmpty()) {
      return Map.of();
    }
    Set<String> custom = new HashSet<>();
    template.sections().stream().filter(t -> !t.isBuiltIn()).forEach(t -> custom.add(t.key()));
    Map<String, String> clean = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    sent.forEach(
        (key, text) -> {
          String value = text == null ? "" : text.strip();
          if (!custom.contains(key)) {
            errors.add(new FieldError("sections." + key, "The template has no such section."));
          } else if (value.length() > 20000) {
            errors.add(
                new FieldError("sections." + key, "Keep each section under 20,000 characters."));
          } else {
            clean.put(key, value);
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return clean;
  }

  private static List<TimelineEdit> validateTimeline(List<TimelineEdit> edits) {
    List<FieldError> errors = new ArrayList<>();
    List<TimelineEdit> clean = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      TimelineEdit e = edits.get(i);
      String prefix = "timeline[" + i + "].";
      if (e == null) {
        errors.add(new FieldError("timeline[" + i + "]", "Leave the line out instead."));
        continue;
      }
      String text = e.text() == null ? "" : e.text().strip();
      String note = e.annotation() == null ? "" : e.annotation().strip();
      if (e.occurredAt() == null) {
        errors.add(new FieldError(prefix + "occurredAt", "Say when it happened."));
      }
      if (text.isEmpty()) {
        errors.add(new FieldError(prefix + "text", "Say what happened."));
      } else if (text.length() > 2000) {
        errors.add(new FieldError(prefix + "text", "Keep it under 2,000 characters."));
      }
      if (note.length() > 2000) {
        errors.add(new FieldError(prefix + "annotation", "Keep it under 2,000 characters."));
      }
      clean.add(new TimelineEdit(e.id(), e.occurredAt(), text, note));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return clean;
  }

  private static PublicPostmortemText validatePublic(PublicPostmortemText text) {
    Function<String, String> clean = v -> v == null ? "" : v.strip();
    PublicPostmortemText result =
        new PublicPostmortemText(
            clean.apply(text.summary()),
            clean.apply(text.whatHappened()),
            clean.apply(text.nextSteps()));
    List<FieldError> errors = new ArrayList<>();
    if (result.summary().length() > 5000) {
      errors.add(new FieldError("publicSummary", "Keep the summary under 5,000 characters."));
    }
    if (result.whatHappened().length() > 10000) {
      errors.add(new FieldError("publicWhatHappened", "Keep it under 10,000 characters."));
    }
    if (result.nextSteps().length() > 10000) {
      errors.add(new FieldError("publicNextSteps", "Keep it under 10,000 characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return result;
  }
}
