package io.reveille.escalation;

import io.reveille.delivery.Channel;
import io.reveille.delivery.Delivery;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.RoleAssignment;
import io.reveille.incident.Visibility;
import io.reveille.shared.OrganisationZone;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The update cadence's nudges: customers were promised an update by a time, and it is due. The
 * communications lead hears first; when the reminder is ignored, the commander does. Whoever holds
 * neither role is covered by the incident managers, so a reminder never goes nowhere.
 */
@ApplicationScoped
@Transactional
public class UpdateReminders {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext EntityManager em;
  @Inject EscalationService escalations;
  @Inject IdentityService identities;
  @Inject Timeline timeline;
  @Inject @OrganisationZone ZoneId zone;

  /** The promised update is due now: remind the communications lead by e-mail and text. */
  public void remindCommunicationsLead(long incidentId, Instant promisedFor) {
    Incident incident = em.find(Incident.class, incidentId);
    String headline =
        "The next public update was promised for "
            + TIME.format(promisedFor.atZone(zone))
            + "; post it now";
    List<Person> told =
        tell(incident, IncidentRole.COMMUNICATIONS_LEAD, Delivery.Purpose.UPDATE_DUE, headline);
    timeline.record(
        incidentId,
        TimelineEntryKind.UPDATE_DUE,
        Visibility.INTERNAL,
        null,
        headline + ": reminded " + names(told) + ".");
  }

  /** The reminder was ignored: the commander is told, by e-mail and text. */
  public void alertCommander(long incidentId, Instant promisedFor) {
    Incident incident = em.find(Incident.class, incidentId);
    String headline =
        "Customers were promised an update at "
            + TIME.format(promisedFor.atZone(zone))
            + " and have not had it";
    List<Person> told =
        tell(incident, IncidentRole.COMMANDER, Delivery.Purpose.UPDATE_OVERDUE, headline);
    timeline.record(
        incidentId,
        TimelineEntryKind.UPDATE_OVERDUE,
        Visibility.INTERNAL,
        null,
        headline + ": alerted " + names(told) + ".");
  }

  private List<Person> tell(
      Incident incident, IncidentRole role, Delivery.Purpose purpose, String headline) {
    List<Person> people = new ArrayList<>();
    Optional<Person> holder =
        incident.currentHolder(role).map(RoleAssignment::username).flatMap(identities::find);
    if (holder.isPresent()) {
      people.add(holder.get());
    } else {
      for (Person manager : identities.everyone()) {
        if (manager.enabled() && manager.roles().contains(Role.INCIDENT_MANAGER)) {
          people.add(manager);
        }
      }
    }
    for (Person person : people) {
      escalations.page(incident.id(), purpose, person, Channel.EMAIL, headline);
      escalations.page(incident.id(), purpose, person, Channel.SMS, headline);
    }
    return people;
  }

  private static String names(List<Person> people) {
    return people.isEmpty()
        ? "nobody (no incident managers)"
        : String.join(", ", people.stream().map(Person::username).toList());
  }
}
