package io.reveille.postmortem;

import io.reveille.delivery.Channel;
import io.reveille.delivery.Delivery;
import io.reveille.delivery.Outbox;
import io.reveille.delivery.Outbox.NewDelivery;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.identity.Role;
import io.reveille.incident.Visibility;
import io.reveille.shared.OrganisationZone;
import io.reveille.timeline.Timeline;
import io.reveille.timeline.TimelineEntryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The postmortem's nudges, sent by e-mail through the delivery outbox (so they are retried and
 * visible like pages): reviewers when a review falls due, the incident managers when it is overdue,
 * an action item's owner when it falls due and while it stays overdue.
 */
@ApplicationScoped
@Transactional
public class PostmortemReminders {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject IdentityService identities;
  @Inject Timeline timeline;
  @Inject @OrganisationZone ZoneId zone;

  /** The review is due soon: every leader hears. */
  public void remindReviewers(long postmortemId) {
    Postmortem postmortem = em.find(Postmortem.class, postmortemId);
    if (postmortem == null || postmortem.state() != PostmortemState.IN_REVIEW) {
      return;
    }
    String headline =
        "The postmortem waits for your review, due "
            + WHEN.format(postmortem.reviewDueAt().atZone(zone));
    for (Person leader : holders(Role.LEADERSHIP)) {
      if (!leader.username().equals(postmortem.author())) {
        mail(postmortem.incidentId(), Delivery.Purpose.REVIEW_DUE, leader, headline);
      }
    }
  }

  /** Nobody reviewed in time: the incident managers are told, and the timeline says so. */
  public void escalateOverdueReview(long postmortemId) {
    Postmortem postmortem = em.find(Postmortem.class, postmortemId);
    if (postmortem == null || postmortem.state() != PostmortemState.IN_REVIEW) {
      return;
    }
    String headline =
        "The postmortem review was due "
            + WHEN.format(postmortem.reviewDueAt().atZone(zone))
            + " and nobody from leadership has reviewed it";
    List<Person> managers = holders(Role.INCIDENT_MANAGER);
    managers.forEach(
        m -> mail(postmortem.incidentId(), Delivery.Purpose.REVIEW_OVERDUE, m, headline));
    timeline.record(
        postmortem.incidentId(),
        TimelineEntryKind.POSTMORTEM_REVIEW_OVERDUE,
        Visibility.INTERNAL,
        null,
        headline
            + ": told "
            + (managers.isEmpty()
                ? "nobody (no incident managers)"
                : String.join(", ", managers.stream().map(Person::username).toList()))
            + ".");
  }

  /** The action item is due: its owner hears. */
  public void remindOwner(long actionItemId) {
    remind(actionItemId, Delivery.Purpose.ACTION_DUE, "Your action item is due on ");
  }

  /** The action item is overdue (and still open): its owner hears again. */
  public void flagOverdue(long actionItemId) {
    remind(actionItemId, Delivery.Purpose.ACTION_OVERDUE, "Your action item is overdue since ");
  }

  private void remind(long actionItemId, Delivery.Purpose purpose, String prefix) {
    ActionItem item = em.find(ActionItem.class, actionItemId);
    if (item == null || !item.state().isOpen()) {
      return;
    }
    String headline = prefix + item.dueDate() + ": " + clip(item.description());
    Optional<Person> owner = identities.find(item.owner());
    long incidentId = item.postmortem().incidentId();
    if (owner.isPresent()) {
      mail(incidentId, purpose, owner.get(), headline);
    } else {
      outbox.enqueue(
          new NewDelivery(
              incidentId, Channel.EMAIL, purpose, item.owner(), null, null, List.of(), headline),
          item.owner() + " is not in the directory");
    }
  }

  private void mail(long incidentId, Delivery.Purpose purpose, Person who, String headline) {
    String address = who.contact().email();
    outbox.enqueue(
        new NewDelivery(
            incidentId, Channel.EMAIL, purpose, who.username(), null, address, List.of(), headline),
        address == null ? who.username() + " has no e-mail address" : null);
  }

  private List<Person> holders(Role role) {
    return identities.everyone().stream()
        .filter(p -> p.enabled() && p.roles().contains(role))
        .toList();
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
