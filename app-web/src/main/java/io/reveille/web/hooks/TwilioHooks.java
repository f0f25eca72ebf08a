package io.reveille.web.hooks;

import io.reveille.delivery.Delivery;
import io.reveille.escalation.EscalationService;
import io.reveille.escalation.EscalationService.Via;
import io.reveille.identity.IdentityService;
import io.reveille.identity.Person;
import io.reveille.incident.Incident;
import io.reveille.incident.IncidentNumber;
import io.reveille.incident.IncidentRepository;
import io.reveille.infrastructure.twilio.TwilioRequestSignatures;
import io.reveille.shared.DomainException;
import io.reveille.shared.PublicUrl;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Twilio's callbacks: a text message reply ("ACK 42") and the key pressed on a page call. Nobody
 * signs in here; a request counts only with a valid {@code X-Twilio-Signature}, Twilio's HMAC over
 * the exact public URL and the posted fields under the account's auth token.
 */
@Path("/hooks/twilio")
@RequestScoped
public class TwilioHooks {
  private static final Logger LOG = Logger.getLogger(TwilioHooks.class);
  private static final Pattern ACK =
      Pattern.compile(
          "\\s*(?:ACK|ACKNOWLEDGE|OK)\\s*(?:INC-?)?\\s*(\\d{1,18})?\\s*[.!]?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final String TWIML = "application/xml";

  /** Twilio's standard opt-out words: a status-update subscriber who sends one is unsubscribed. */
  private static final Pattern STOP =
      Pattern.compile(
          "\\s*(?:STOP|STOPALL|UNSUBSCRIBE|CANCEL|END|QUIT)\\s*[.!]?\\s*",
          Pattern.CASE_INSENSITIVE);

  @Inject TwilioRequestSignatures signatures;
  @Inject EscalationService escalations;
  @Inject IdentityService identities;
  @Inject IncidentRepository incidents;
  @PersistenceContext EntityManager em;
  @Inject io.reveille.subscriber.Subscriptions subscriptions;
  @Context UriInfo uri;

  @POST
  @Path("sms")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(TWIML)
  public Response textReply(
      @HeaderParam("X-Twilio-Signature") String signature, MultivaluedMap<String, String> form) {
    if (!signed(signature, form)) {
      return forbidden();
    }
    String from = form.getFirst("From");
    String body = Optional.ofNullable(form.getFirst("Body")).orElse("");
    if (STOP.matcher(body).matches()) {
      // Twilio blocks the number and answers it itself; Reveille stops texting it updates.
      if (from != null) {
        subscriptions.stopTexts(from);
      }
      return Response.ok(new com.twilio.twiml.MessagingResponse.Builder().build().toXml(), TWIML)
          .build();
    }
    Optional<Person> person = from == null ? Optional.empty() : identities.findByPhone(from);
    if (person.isEmpty()) {
      return message("Reveille does not know this number; acknowledge in the incident room.");
    }
    Matcher m = ACK.matcher(body);
    if (!m.matches()) {
      return message("Reply ACK followed by the incident number, such as ACK 42.");
    }
    String username = person.get().username();
    Optional<Long> incidentId =
        m.group(1) == null
            ? escalations.latestPageAwaitingAnswer(username)
            : incidents.find(new IncidentNumber(Long.parseLong(m.group(1)))).map(i -> i.id());
    if (incidentId.isEmpty()) {
      return message("There is no such incident waiting for you; nothing was acknowledged.");
    }
    try {
      escalations.acknowledgeAs(username, incidentId.get(), Via.TEXT_REPLY);
      return message(
          "Acknowledged "
              + em.find(Incident.class, incidentId.get()).number()
              + ". Paging stopped; thank you.");
    } catch (DomainException e) {
      return message(e.getMessage());
    }
  }

  @POST
  @Path("voice/keypress")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(TWIML)
  public Response keypress(
      @HeaderParam("X-Twilio-Signature") String signature, MultivaluedMap<String, String> form) {
    if (!signed(signature, form)) {
      return forbidden();
    }
    Delivery delivery = deliveryFromQuery();
    if (delivery == null || delivery.recipient() == null) {
      return say("This call is not about a page Reveille knows. Goodbye.");
    }
    if (!"1".equals(form.getFirst("Digits"))) {
      return say("Nothing was acknowledged. Goodbye.");
    }
    try {
      escalations.acknowledgeAs(delivery.recipient(), delivery.incidentId(), Via.KEYPRESS);
      return say("Acknowledged. Paging has stopped. Thank you.");
    } catch (DomainException e) {
      return say(e.getMessage());
    }
  }

  private Delivery deliveryFromQuery() {
    String id = uri.getQueryParameters().getFirst("delivery");
    if (id == null || !id.matches("\\d{1,18}")) {
      return null;
    }
    return em.find(Delivery.class, Long.parseLong(id));
  }

  /** Twilio signs the URL it called: Reveille's public address, this path and the query. */
  private boolean signed(String signature, MultivaluedMap<String, String> form) {
    String query = uri.getRequestUri().getRawQuery();
    String url =
        PublicUrl.base() + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    Map<String, String> params = new HashMap<>();
    form.forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
    boolean valid = signatures.isValid(url, params, signature);
    if (!valid) {
      LOG.warnf("Refused a Twilio callback to %s without a valid signature", uri.getPath());
    }
    return valid;
  }

  private static Response forbidden() {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.TEXT_PLAIN)
        .entity("Invalid or missing X-Twilio-Signature.")
        .build();
  }

  private static Response message(String text) {
    return Response.ok(
            new com.twilio.twiml.MessagingResponse.Builder()
                .message(new com.twilio.twiml.messaging.Message.Builder(text).build())
                .build()
                .toXml(),
            TWIML)
        .build();
  }

  private static Response say(String text) {
    return Response.ok(
            new com.twilio.twiml.VoiceResponse.Builder()
                .say(new com.twilio.twiml.voice.Say.Builder(text).build())
                .build()
                .toXml(),
            TWIML)
        .build();
  }
}
