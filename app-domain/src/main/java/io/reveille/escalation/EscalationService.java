package io.reveille.escalation;

import io.reveille.component.Component;
import io.reveille.delivery.Channel;
import io.reveille.delivery.Delivery;
import io.reveille.delivery.Outbox;
import io.reveille.delivery.Outbox.NewDelivery;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRepository;
import io.reveille.incident.Visibility;
import io.reveille.oncall.OnCallSchedule;
import io.reveille.oncall.Shift;
import io.reveille.oncall.Team;
import io.reveille.shared.Actor;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.OrganisationZone;
import io.reveille.shared.RetriedOnEngineConflict;
import io.reveille.shared.RuleViolationException;
import io.reveille.shared.Settings;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntryKind;
import io.reveille.workflow.EscalationWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs escalation policies for the {@code escalation} process model and takes acknowledgements from
 * every path (incident room, API, text reply, keypress, signed link). Pages are written to the
 * outbox in the model's transaction, so the model's timers never wait for a provider.
 */
@ApplicationScoped
@Transactional
@RetriedOnEngineConflict
public class EscalationService {
  /** How long an acknowledging responder may stay silent before being paged again. */
  static final Duration ACKNOWLEDGEMENT_TIMEOUT =
      Settings.get("reveille.escalation.acknowledgement-timeout")
          .map(Duration::parse)
          .orElse(Duration.ofMinutes(30));

  private static final String BUSINESS_HOURS =
      Settings.get("reveille.business-hours").orElse("MON-FRI 09:00-17:00");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject @OrganisationZone ZoneId organisationZone;
  @Inject Timeline timeline;
  @Inject Outbox outbox;
  @Inject EscalationPolicies policies;
  @Inject IdentityService identities;
  @Inject IncidentRepository incidents;
  @Inject EscalationWorkflow workflow;

  /** What the model needs to know to run an incident's escalation. */
  public record Plan(
      boolean hasPolicy,
      boolean withinBusinessHours,
      Instant nextBusinessHoursStart,
      int levelCount,
      int repeatCount,
      Duration acknowledgementTimeout,
      Duration repageWait) {}

  public BusinessHours businessHours() {
    return BusinessHours.parse(BUSINESS_HOURS, organisationZone);
  }

  /** Chooses the policy (the first affected component's, else the default) and the timing. */
  public Plan plan(long incidentId) {
    Incident incident = incident(incidentId);
    Optional<EscalationPolicy> policy = policyFor(incident);
    Instant now = clock.instant();
    Escalation escalation = escalation(incidentId).orElse(null);
    if (escalation == null) {
      escalation = new Escalation(incidentId, policy.map(EscalationPolicy::name).orElse(null), now);
      em.persist(escalation);
    } else {
      escalation.plan(policy.map(EscalationPolicy::name).orElse(null));
    }
    BusinessHours hours = businessHours();
    if (policy.isEmpty()) {
      note(
          incidentId,
          "No escalation policy applies, so nobody is paged. Name one on the affected component,"
              + " or make one the default.");
      return new Plan(false, hours.contains(now), hours.nextStart(now), 0, 0, null, null);
    }
    EscalationPolicy p = policy.get();
    note(
        incidentId,
        "Escalation policy "
            + p.name()
            + ": "
            + p.levels().size()
            + (p.levels().size() == 1 ? " level" : " levels")
            + (p.repeatCount() == 1 ? ", run once" : ", run " + p.repeatCount() + " times")
            + ".");
    return new Plan(
        true,
        hours.contains(now),
        hours.nextStart(now),
        p.levels().size(),
        p.repeatCount(),
        ACKNOWLEDGEMENT_TIMEOUT,
        p.levels().get(0).waitBeforeNext());
  }

  /** Out of hours for a low severity: tell the team's chat, page nobody yet. */
  public void postToChatOnly(long incidentId, String urgencyReason, Instant pagingStarts) {
    EscalationPolicy policy = requirePolicy(incidentId);
    String when = WHEN.format(pagingStarts.atZone(organisationZone));
    String headline =
        urgencyReason + ". Paging starts " + when + " unless someone acknowledges first.";
    Set<Team> teams = new LinkedHashSet<>();
    for (EscalationLevel level : policy.levels()) {
      for (Target target : level.targets()) {
        teamOf(target).ifPresent(teams::add);
      }
    }
    for (Team team : teams) {
      chat(incidentId, Delivery.Purpose.CHAT_ONLY, team, onCallMembers(team), headline);
    }
    escalation(incidentId).ifPresent(e -> e.waitForBusinessHours(urgencyReason));
    timeline.record(
        incidentId,
        TimelineEntryKind.PAGED,
        Visibility.INTERNAL,
        null,
        "Posted to "
            + (teams.isEmpty()
                ? "no chat channel (the policy names no team)"
                : teams.stream().map(Team::name).collect(Collectors.joining(", ")) + " chat")
            + "; nobody woken. "
            + headline);
  }

  /** Pages one level of the policy; returns how long to wait for an acknowledgement. */
  public Duration pageLevel(long incidentId, int levelIndex, int roundIndex, String urgencyReason) {
    EscalationPolicy policy = requirePolicy(incidentId);
    List<EscalationLevel> levels = policy.levels();
    // The policy may have lost levels since the escalation started; page its last one then.
    EscalationLevel level = levels.get(Math.min(levelIndex, levels.size() - 1));
    String headline =
        "Escalation level "
            + (levelIndex + 1)
            + " of "
            + levels.size()
            + (policy.repeatCount() > 1
                ? ", round " + (roundIndex + 1) + " of " + policy.repeatCount()
                : "");
    List<String> reached = new ArrayList<>();
    Map<Team, Set<String>> chatMentions = new LinkedHashMap<>();
    for (Target target : level.targets()) {
      switch (target.kind()) {
        case TEAM_CHAT -> {
          Team team = em.find(Team.class, target.refId());
          if (team != null) {
            chatMentions
                .computeIfAbsent(team, t -> new LinkedHashSet<>())
                .addAll(onCallMembers(team));
          }
        }
        case SCHEDULE, PERSON -> {
          Optional<Person> person = personFor(target);
          if (person.isEmpty()) {
            reached.add("nobody " + policies.describe(target) + " (no one on call)");
            continue;
          }
          Person who = person.get();
          List<String> ways = new ArrayList<>();
          for (Channel channel : level.channels()) {
            if (channel == Channel.CHAT) {
              Optional<Team> team = teamOf(target).or(() -> teamWithChatOf(who));
              if (team.isPresent()) {
                chatMentions
                    .computeIfAbsent(team.get(), t -> new LinkedHashSet<>())
                    .add(who.username());
                ways.add("chat");
              }
              continue;
            }
            ways.add(channel.label());
            page(incidentId, Delivery.Purpose.PAGE, who, channel, headline);
          }
          reached.add(who.username() + (ways.isEmpty() ? "" : " by " + String.join(", ", ways)));
        }
      }
    }
    for (Map.Entry<Team, Set<String>> entry : chatMentions.entrySet()) {
      chat(
          incidentId,
          Delivery.Purpose.PAGE,
          entry.getKey(),
          List.copyOf(entry.getValue()),
          headline);
      reached.add(entry.getKey().name() + " chat");
    }
    escalation(incidentId).ifPresent(e -> e.paging(levelIndex, roundIndex, urgencyReason));
    timeline.record(
        incidentId,
        TimelineEntryKind.PAGED,
        Visibility.INTERNAL,
        null,
        headline + ": paged " + String.join("; ", reached) + ".");
    return level.waitBeforeNext();
  }

  /** Nobody acknowledged after every round: every incident manager is told, by e-mail and SMS. */
  public void alertIncidentManagers(long incidentId) {
    EscalationPolicy policy = requirePolicy(incidentId);
    String headline =
        "Nobody acknowledged after "
            + policy.repeatCount()
            + (policy.repeatCount() == 1 ? " round" : " rounds")
            + " of "
            + policy.name();
    List<String> told = new ArrayList<>();
    for (Person manager : identities.everyone()) {
      if (manager.enabled() && manager.roles().contains(Role.INCIDENT_MANAGER)) {
        page(incidentId, Delivery.Purpose.MANAGER_ALERT, manager, Channel.SMS, headline);
        page(incidentId, Delivery.Purpose.MANAGER_ALERT, manager, Channel.EMAIL, headline);
        told.add(manager.username());
      }
    }
    escalation(incidentId).ifPresent(Escalation::exhausted);
    timeline.record(
        incidentId,
        TimelineEntryKind.PAGED,
        Visibility.INTERNAL,
        null,
        headline
            + ": alerted the incident managers "
            + (told.isEmpty() ? "(there are none)" : String.join(", ", told))
            + ".");
  }

  /** The acknowledging responder went silent: page them again, loudly. */
  public void repage(long incidentId, String username) {
    Optional<Person> person = identities.find(username);
    String headline =
        "You acknowledged "
            + ACKNOWLEDGEMENT_TIMEOUT.toMinutes()
            + " minutes ago and nothing has happened since; acknowledge again";
    if (person.isPresent()) {
      page(incidentId, Delivery.Purpose.REPAGE, person.get(), Channel.SMS, headline);
      page(incidentId, Delivery.Purpose.REPAGE, person.get(), Channel.VOICE, headline);
    }
    escalation(incidentId).ifPresent(e -> e.paging(0, 0, null));
    timeline.record(
        incidentId,
        TimelineEntryKind.PAGED,
        Visibility.INTERNAL,
        null,
        username
            + " acknowledged but has been silent for "
            + ACKNOWLEDGEMENT_TIMEOUT.toMinutes()
            + " minutes: paged again by text message and phone call.");
  }

  // --- acknowledgement

  /** How an acknowledgement arrived, for the timeline. */
  public enum Via {
    INCIDENT_ROOM("in the incident room"),
    API("through the API"),
    TEXT_REPLY("by text message reply"),
    KEYPRESS("by pressing 1 on the call"),
    LINK("with the link in the message");

    private final String label;

    Via(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A signed-in person acknowledges from the incident room or the API. */
  public Escalation acknowledge(Actor actor, IncidentNumber number, Via via) {
    actor.require("acknowledge pages", Role.RESPONDER, Role.INCIDENT_MANAGER);
    Incident incident = incidents.get(number);
    return acknowledgeAs(actor.username(), incident.id(), via);
  }

  /**
   * {@code username}, identified by the channel (their phone number, a signed link), acknowledges.
   * Acknowledging again is harmless: it answers with the state as it is.
   *
   * @throws RuleViolationException if the incident has no escalation waiting for one
   */
  public Escalation acknowledgeAs(String username, long incidentId, Via via) {
    Incident incident = em.find(Incident.class, incidentId, LockModeType.PESSIMISTIC_WRITE);
    if (incident == null) {
      throw new NotFoundException("There is no incident " + incidentId + ".");
    }
    Escalation escalation =
        escalation(incidentId)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "incident", incident.number() + " has no escalation to acknowledge."));
    if (escalation.state() == Escalation.State.ACKNOWLEDGED
        && escalation.acknowledgedBy().orElse("").equals(username)) {
      return escalation;
    }
    if (!incident.status().isOpen()) {
      throw new RuleViolationException(
          "incident", incident.number() + " is resolved; there is nothing left to acknowledge.");
    }
    escalation.acknowledge(username, clock.instant());
    timeline.record(
        incidentId,
        TimelineEntryKind.ACKNOWLEDGED,
        Visibility.INTERNAL,
        username,
        "Acknowledged by " + username + " " + via.label() + "; paging stopped.");
    workflow.acknowledged(incident.number(), username);
    return escalation;
  }

  /** Something {@code username} did on the incident: if they acknowledged, they are not silent. */
  public void noteActivity(long incidentId, String username) {
    escalation(incidentId)
        .filter(e -> e.state() == Escalation.State.ACKNOWLEDGED)
        .filter(e -> e.acknowledgedBy().orElse("").equals(username))
        .ifPresent(e -> workflow.responderActive(incident(incidentId).number()));
  }

  public Optional<Escalation> escalation(long incidentId) {
    return em.createQuery("select e from Escalation e where e.incidentId = :id", Escalation.class)
        .setParameter("id", incidentId)
        .getResultStream()
        .findFirst();
  }

  /** The latest open incident that paged {@code username} and still waits for an answer. */
  public Optional<Long> latestPageAwaitingAnswer(String username) {
    return em.createQuery(
            "select d.incidentId from Delivery d, Escalation e where d.recipient = :user"
                + " and e.incidentId = d.incidentId and e.state in :waiting"
                + " and d.purpose not in :reminders"
                + " order by d.createdAt desc",
            Long.class)
        .setParameter("user", username)
        .setParameter(
            "waiting",
            List.of(
                Escalation.State.PAGING,
                Escalation.State.EXHAUSTED,
                Escalation.State.WAITING_FOR_BUSINESS_HOURS))
        .setParameter(
            "reminders", List.of(Delivery.Purpose.UPDATE_DUE, Delivery.Purpose.UPDATE_OVERDUE))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  // --- helpers

  Optional<EscalationPolicy> policyFor(Incident incident) {
    for (Component component : incident.components()) {
      if (component.escalationPolicy().isPresent()) {
        return component.escalationPolicy();
      }
    }
    return policies.defaultPolicy();
  }

  private EscalationPolicy requirePolicy(long incidentId) {
    return policyFor(incident(incidentId))
        .orElseThrow(() -> new IllegalStateException("No escalation policy for " + incidentId));
  }

  private Incident incident(long incidentId) {
    Incident incident = em.find(Incident.class, incidentId);
    if (incident == null) {
      throw new NotFoundException("There is no incident " + incidentId + ".");
    }
    return incident;
  }

  private Optional<Person> personFor(Target target) {
    if (target.kind() == Target.Kind.PERSON) {
      return Optional.ofNullable(em.find(Person.class, target.refId()));
    }
    OnCallSchedule schedule = em.find(OnCallSchedule.class, target.refId());
    if (schedule == null) {
      return Optional.empty();
    }
    return schedule
        .toSchedule()
        .onCallAt(clock.instant())
        .map(Shift::username)
        .flatMap(identities::find);
  }

  private Optional<Team> teamOf(Target target) {
    return switch (target.kind()) {
      case TEAM_CHAT -> Optional.ofNullable(em.find(Team.class, target.refId()));
      case SCHEDULE ->
          Optional.ofNullable(em.find(OnCallSchedule.class, target.refId()))
              .map(OnCallSchedule::team);
      case PERSON -> Optional.empty();
    };
  }

  private Optional<Team> teamWithChatOf(Person person) {
    return em.createQuery(
            "select t from Team t join t.members m where m = :person order by t.name", Team.class)
        .setParameter("person", person)
        .getResultStream()
        .filter(t -> t.chat().isPresent())
        .findFirst();
  }

  /** Who the team's schedules have on call now, to @-mention in its channel. */
  private List<String> onCallMembers(Team team) {
    Instant now = clock.instant();
    return em
        .createQuery("select s from OnCallSchedule s where s.team = :team", OnCallSchedule.class)
        .setParameter("team", team)
        .getResultList()
        .stream()
        .flatMap(s -> s.toSchedule().onCallAt(now).stream())
        .map(Shift::username)
        .distinct()
        .toList();
  }

  /** Writes one message to one person to the outbox, or records why it can't be sent. */
  void page(
      long incidentId, Delivery.Purpose purpose, Person who, Channel channel, String headline) {
    String address =
        switch (channel) {
          case SMS, VOICE -> who.contact().phone();
          case EMAIL -> who.contact().email();
          case CHAT -> null;
        };
    String missing =
        address == null
            ? who.username()
                + " has no "
                + (channel == Channel.EMAIL ? "e-mail address" : "phone number")
            : null;
    outbox.enqueue(
        new NewDelivery(
            incidentId, channel, purpose, who.username(), null, address, List.of(), headline),
        missing);
  }

  private void chat(
      long incidentId,
      Delivery.Purpose purpose,
      Team team,
      List<String> mentions,
      String headline) {
    outbox.enqueue(
        new NewDelivery(
            incidentId, Channel.CHAT, purpose, null, team.id(), null, mentions, headline),
        team.chat().isEmpty() ? "team " + team.name() + " has no chat channel connected" : null);
  }

  private void note(long incidentId, String text) {
    timeline.record(incidentId, TimelineEntryKind.ESCALATION, Visibility.INTERNAL, null, text);
  }
}
