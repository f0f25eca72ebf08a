package io.reveille.oncall;

import io.reveille.delivery.ChatKind;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.shared.Actor;
import io.reveille.shared.ConcurrentChangeException;
import io.reveille.shared.InvalidInputException;
import io.reveille.shared.InvalidInputException.FieldError;
import io.reveille.shared.NotFoundException;
import io.reveille.shared.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Teams, their chat channels, their on-call schedules and who covers which shift. */
@ApplicationScoped
@Transactional
public class OnCallService {
  @PersistenceContext EntityManager em;
  @Inject IdentityService identities;
  @Inject Clock clock;

  // --- teams

  public List<Team> teams() {
    return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
  }

  public Team team(long id) {
    Team team = em.find(Team.class, id);
    if (team == null) {
      throw new NotFoundException("There is no team " + id + ".");
    }
    return team;
  }

  public Team createTeam(Actor actor, String name, List<String> members) {
    actor.require("change teams", Role.INCIDENT_MANAGER);
    checkTeamName(name, null);
    Team team = new Team(name.strip(), clock.instant());
    team.replaceMembers(people(members, "members"));
    em.persist(team);
    return team;
  }

  public Team changeTeam(Actor actor, long id, String name, List<String> members) {
    actor.require("change teams", Role.INCIDENT_MANAGER);
    Team team = team(id);
    checkTeamName(name, team);
    team.rename(name.strip());
    team.replaceMembers(people(members, "members"));
    return team;
  }

  /**
   * Connects the team's chat channel. A blank {@code webhookUrl} keeps the saved one (forms never
   * show it back); a null {@code kind} disconnects the channel.
   */
  public Team connectChat(
      Actor actor, long id, ChatKind kind, String webhookUrl, String signingSecret) {
    actor.require("change teams", Role.INCIDENT_MANAGER);
    Team team = team(id);
    if (kind == null) {
      team.disconnectChat();
      return team;
    }
    List<FieldError> errors = new ArrayList<>();
    String url = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
    if (url == null && team.chat().isEmpty()) {
      errors.add(new FieldError("webhookUrl", "Paste the channel's incoming webhook URL."));
    } else if (url != null && !isWebUrl(url)) {
      errors.add(
          new FieldError("webhookUrl", "Give the webhook as an https:// (or http://) address."));
    }
    String secret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
    if (kind == ChatKind.WEBHOOK
        && secret == null
        && team.chat().map(c -> c.signingSecret()).isEmpty()) {
      errors.add(
          new FieldError(
              "signingSecret", "Give the secret that signs webhook requests (16 characters+)."));
    } else if (secret != null && (secret.length() < 16 || secret.length() > 200)) {
      errors.add(new FieldError("signingSecret", "Use 16 to 200 characters for the secret."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    team.connectChat(kind, url, secret);
    return team;
  }

  private static boolean isWebUrl(String url) {
    try {
      URI uri = URI.create(url);
      return url.length() <= 2000
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void checkTeamName(String name, Team existing) {
    List<FieldError> errors = new ArrayList<>();
    TextInput.check(errors, "name", name, 2, 100, "Name the team, such as \"Payments\".");
    if (errors.isEmpty()) {
      em.createQuery("select t from Team t where t.name = :name", Team.class)
          .setParameter("name", name.strip())
          .getResultStream()
          .filter(t -> t != existing)
          .findFirst()
          .ifPresent(t -> errors.add(new FieldError("name", "That team already exists.")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private List<Person> people(List<String> usernames, String field) {
    List<Person> people = new ArrayList<>();
    for (String username : new LinkedHashSet<>(usernames == null ? List.of() : usernames)) {
      people.add(
          identities
              .find(username)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field, "There is no person called '" + username + "'.")));
    }
    return people;
  }

  // --- schedules

  public List<OnCallSchedule> schedules() {
    return em.createQuery("select s from OnCallSchedule s order by s.name", OnCallSchedule.class)
        .getResultList();
  }

  public OnCallSchedule schedule(long id) {
    OnCallSchedule schedule = em.find(OnCallSchedule.class, id);
    if (schedule == null) {
      throw new NotFoundException("There is no on-call schedule " + id + ".");
    }
    return schedule;
  }

  public OnCallSchedule createSchedule(Actor actor, Long teamId, Schedule definition) {
    actor.require("change on-call schedules", Role.INCIDENT_MANAGER);
    checkSchedule(definition, null);
    OnCallSchedule schedule = new OnCallSchedule(teamId == null ? null : team(teamId), definition);
    em.persist(schedule);
    return schedule;
  }

  public OnCallSchedule changeSchedule(
      Actor actor, long id, Long teamId, Schedule definition, Long expectedVersion) {
    actor.require("change on-call schedules", Role.INCIDENT_MANAGER);
    OnCallSchedule schedule = schedule(id);
    if (expectedVersion != null && expectedVersion != schedule.version()) {
      throw new ConcurrentChangeException(
          "Someone changed " + schedule.name() + " since you loaded it; reload and try again.");
    }
    checkSchedule(definition, schedule);
    schedule.define(definition);
    schedule.assignTo(teamFor(teamId));
    // The layers are rows of their own: replacing them leaves the schedule's row as it was, so its
    // version must be raised explicitly for the next stale edit to be noticed.
    em.lock(schedule, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return schedule;
  }

  private Team teamFor(Long teamId) {
    if (teamId == null) {
      return null;
    }
    Team team = em.find(Team.class, teamId);
    if (team == null) {
      throw new InvalidInputException("teamId", "There is no team " + teamId + ".");
    }
    return team;
  }

  private void checkSchedule(Schedule definition, OnCallSchedule existing) {
    List<FieldError> errors = new ArrayList<>();
    if (definition.name().strip().length() > 100) {
      errors.add(new FieldError("name", "Keep the schedule's name under 100 characters."));
    }
    for (int i = 0; i < definition.layers().size(); i++) {
      if (definition.layers().get(i).name().length() > 100) {
        errors.add(
            new FieldError("layers/" + i + "/name", "Keep the layer's name under 100 characters."));
      }
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (int i = 0; i < definition.layers().size(); i++) {
      for (String username : definition.layers().get(i).rotation().participants()) {
        if (identities.find(username).isEmpty()) {
          unknown.add(username);
        }
      }
    }
    if (!unknown.isEmpty()) {
      errors.add(
          new FieldError(
              "layers",
              "There is nobody called " + String.join(", ", unknown) + " to put on call."));
    }
    em.createQuery("select s from OnCallSchedule s where s.name = :name", OnCallSchedule.class)
        .setParameter("name", definition.name().strip())
        .getResultStream()
        .filter(s -> s != existing)
        .findFirst()
        .ifPresent(s -> errors.add(new FieldError("name", "That schedule already exists.")));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * Puts {@code override.username()} on call for its time. Incident managers may cover anyone;
   * responders may take a shift themselves.
   */
  public ScheduleOverride addOverride(Actor actor, long scheduleId, ShiftOverride override) {
    if (!override.username().equals(actor.username())) {
      actor.require("cover shifts for others", Role.INCIDENT_MANAGER);
    } else {
      actor.require("take on-call shifts", Role.INCIDENT_MANAGER, Role.RESPONDER);
    }
    if (identities.find(override.username()).isEmpty()) {
      throw new InvalidInputException(
          "username", "There is no person called '" + override.username() + "'.");
    }
    if (override.to().isBefore(clock.instant())) {
      throw new InvalidInputException("to", "The override is already over; choose a later end.");
    }
    OnCallSchedule schedule = schedule(scheduleId);
    ScheduleOverride stored = schedule.addOverride(override, actor.username(), clock.instant());
    em.flush();
    return stored;
  }

  public void removeOverride(Actor actor, long scheduleId, long overrideId) {
    actor.require("remove overrides", Role.INCIDENT_MANAGER);
    if (!schedule(scheduleId).removeOverride(overrideId)) {
      throw new NotFoundException("There is no override " + overrideId + " on that schedule.");
    }
  }

  /** Who the schedule has on call at {@code instant}. */
  public Optional<OnCall> onCallAt(long scheduleId, Instant instant) {
    return schedule(scheduleId)
        .toSchedule()
        .onCallAt(instant)
        .map(shift -> new OnCall(shift, identities.find(shift.username()).orElse(null)));
  }

  /** Someone on call, with the person (null if they have since been removed). */
  public record OnCall(Shift shift, Person person) {}

  /** Every shift of {@code username} on any schedule in [from, to), by schedule. */
  public List<PersonalShift> shiftsOf(String username, Instant from, Instant to) {
    List<PersonalShift> shifts = new ArrayList<>();
    for (OnCallSchedule schedule : schedules()) {
      for (Shift shift : schedule.toSchedule().shiftsOf(username, from, to)) {
        shifts.add(new PersonalShift(schedule.id(), schedule.name(), shift));
      }
    }
    shifts.sort(java.util.Comparator.comparing(s -> s.shift().start()));
    return shifts;
  }

  /** A shift of one person on a named schedule. */
  public record PersonalShift(long scheduleId, String scheduleName, Shift shift) {}

  // --- calendar feeds: the last week (so today's shift is there) and the next 90 days

  /** A schedule's shifts as an iCalendar feed. */
  public String scheduleCalendar(long scheduleId) {
    OnCallSchedule schedule = schedule(scheduleId);
    Instant now = clock.instant();
    List<ShiftCalendar.Entry> entries =
        schedule.toSchedule().finalShifts(now.minus(FEED_PAST), now.plus(FEED_AHEAD)).stream()
            .map(s -> new ShiftCalendar.Entry(scheduleId, schedule.name(), s))
            .toList();
    return ShiftCalendar.of("On call: " + schedule.name(), entries, now);
  }

  /** One person's shifts on every schedule as an iCalendar feed. */
  public String calendarOf(String username) {
    Instant now = clock.instant();
    List<ShiftCalendar.Entry> entries =
        shiftsOf(username, now.minus(FEED_PAST), now.plus(FEED_AHEAD)).stream()
            .map(p -> new ShiftCalendar.Entry(p.scheduleId(), p.scheduleName(), p.shift()))
            .toList();
    return ShiftCalendar.of("My on-call shifts (" + username + ")", entries, now);
  }

  private static final Duration FEED_PAST = Duration.ofDays(7);
  private static final Duration FEED_AHEAD = Duration.ofDays(90);
}
