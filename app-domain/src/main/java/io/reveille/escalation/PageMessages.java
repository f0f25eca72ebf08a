package io.reveille.escalation;

import io.reveille.delivery.ChatDestination;
import io.reveille.delivery.ComposedMessage;
import io.reveille.delivery.Delivery;
import io.reveille.delivery.MessageComposer;
import io.reveille.delivery.Notice;
import io.reveille.identity.IdentityService;
import io.reveille.incident.Incident;
import io.reveille.oncall.Team;
import io.reveille.shared.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Words pages. Each message says the severity, the incident and its title, why it is sent, and how
 * to acknowledge on that channel: reply "ACK n" to a text, press 1 on a call, or follow the signed
 * link in chat and e-mail.
 */
@ApplicationScoped
public class PageMessages implements MessageComposer {
  @PersistenceContext EntityManager em;
  @Inject AcknowledgementLinks links;
  @Inject IdentityService identities;

  @Override
  public ComposedMessage compose(Delivery delivery) {
    Incident incident = em.find(Incident.class, delivery.incidentId());
    String number = incident.number().toString();
    String severity = incident.severity() == null ? "SEV?" : incident.severity().name();
    URI incidentUrl = URI.create(PublicUrl.base() + "/incidents/" + number);
    List<Notice.Mention> mentions = new ArrayList<>();
    ChatDestination chat = null;
    if (delivery.teamId() != null) {
      Team team = em.find(Team.class, delivery.teamId());
      chat = team == null ? null : team.chat().orElse(null);
      for (String username : delivery.mentions()) {
        identities
            .find(username)
            .ifPresent(
                p ->
                    mentions.add(
                        new Notice.Mention(
                            p.displayName(),
                            p.contact().chatHandle(),
                            links.linkFor(delivery.id(), p.username()))));
      }
    }
    Notice notice =
        new Notice(number, incident.title(), severity, delivery.headline(), incidentUrl, mentions);
    boolean asksForAcknowledgement = delivery.purpose().asksForAcknowledgement();
    URI personalLink =
        delivery.recipient() == null || !asksForAcknowledgement
            ? null
            : links.linkFor(delivery.id(), delivery.recipient());
    long plainNumber = incident.number().value();
    String text =
        switch (delivery.channel()) {
          case SMS ->
              asksForAcknowledgement
                  ? pageText(incident, severity, delivery, incidentUrl)
                  : "Reveille "
                      + severity
                      + " "
                      + number
                      + ": "
                      + clip(incident.title(), 120)
                      + ". "
                      + delivery.headline()
                      + ": "
                      + incidentUrl
                      + "#update";
          case EMAIL -> email(incident, severity, delivery, personalLink, incidentUrl);
          default -> null;
        };
    String subject = "[" + severity + "] " + number + " " + clip(incident.title(), 150);
    String speech =
        "This is Reveille. "
            + spokenSeverity(severity)
            + " incident "
            + plainNumber
            + ": "
            + clip(incident.title(), 200)
            + ". "
            + delivery.headline()
            + ".";
    URI keypress =
        URI.create(PublicUrl.base() + "/hooks/twilio/voice/keypress?delivery=" + delivery.id());
    return new ComposedMessage(notice, chat, subject, text, speech, keypress);
  }

  private static String pageText(
      Incident incident, String severity, Delivery delivery, URI incidentUrl) {
    long plainNumber = incident.number().value();
    return "Reveille "
        + severity
        + " "
        + incident.number()
        + ": "
        + clip(incident.title(), 120)
        + ". "
        + delivery.headline()
        + ". Reply ACK "
        + plainNumber
        + " to acknowledge. "
        + incidentUrl;
  }

  private static String email(
      Incident incident, String severity, Delivery delivery, URI personalLink, URI incidentUrl) {
    return severity
        + " "
        + incident.number()
        + ": "
        + incident.title()
        + "\n\n"
        + delivery.headline()
        + ".\n\n"
        + (personalLink == null
            ? ""
            : "Acknowledge (one click, no sign-in; valid for "
                + AcknowledgementLinks.VALID_FOR.toHours()
                + " hours):\n"
                + personalLink
                + "\n\n")
        + "Incident room:\n"
        + incidentUrl
        + (delivery.purpose().asksForAcknowledgement()
            ? "\n\n-- \nReveille paged you because you are on call. Reply ACK "
                + incident.number().value()
                + " to a text from us to acknowledge too.\n"
            : delivery.purpose().isAboutPostmortem()
                ? "/postmortem\n\n-- \nReveille reminds you about the follow-up to this incident.\n"
                : "#update\n\n-- \nReveille reminds you because customers were promised this update.\n");
  }

  private static String spokenSeverity(String severity) {
    return switch (severity) {
      case "SEV1" -> "Severity 1, critical,";
      case "SEV2" -> "Severity 2, major,";
      case "SEV3" -> "Severity 3, minor,";
      default -> "An";
    };
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
