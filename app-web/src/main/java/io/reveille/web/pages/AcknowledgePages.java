package io.reveille.web.pages;

import io.reveille.delivery.Delivery;
import io.reveille.escalation.AcknowledgementLinks;
import io.reveille.escalation.AcknowledgementLinks.Grant;
import io.reveille.escalation.EscalationService;
import io.reveille.escalation.EscalationService.Via;
import io.reveille.incident.Incident;
import io.reveille.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * The signed one-time link in a page's e-mail or chat message. Opening it only shows what it would
 * acknowledge: mail scanners and chat unfurlers fetch links, and a GET must not stop an escalation.
 * The button posts, and the post spends the link.
 */
@Path("/ack/{token}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AcknowledgePages {
  @Inject AcknowledgementLinks links;
  @Inject EscalationService escalations;
  @PersistenceContext EntityManager em;

  @GET
  @PermitAll
  @Transactional
  public View confirm(@PathParam("token") String token) {
    Optional<Grant> grant = links.verify(token);
    View view = View.of("acknowledge").with("token", token).with("done", false);
    if (grant.isEmpty() || !grant.get().usable()) {
      return refused(view, grant);
    }
    return withIncident(view, grant.get());
  }

  @POST
  @PermitAll
  @Transactional
  public View acknowledge(@PathParam("token") String token) {
    Optional<Grant> grant = links.verify(token);
    View view = View.of("acknowledge").with("token", token).with("done", false);
    if (grant.isEmpty() || !grant.get().usable() || !links.spend(token)) {
      return refused(
          view,
          grant.map(g -> new Grant(g.deliveryId(), g.username(), g.expires(), g.expired(), true)));
    }
    view = withIncident(view, grant.get());
    Delivery delivery = em.find(Delivery.class, grant.get().deliveryId());
    try {
      escalations.acknowledgeAs(grant.get().username(), delivery.incidentId(), Via.LINK);
      return view.with("done", true).with("problem", null);
    } catch (DomainException e) {
      return view.with("problem", e.getMessage());
    }
  }

  private View withIncident(View view, Grant grant) {
    Delivery delivery = em.find(Delivery.class, grant.deliveryId());
    Incident incident = delivery == null ? null : em.find(Incident.class, delivery.incidentId());
    if (incident == null) {
      return view.with("problem", "This link is for a page Reveille no longer has.")
          .with("incident", null)
          .with("username", grant.username());
    }
    return view.with("incident", incident).with("username", grant.username()).with("problem", null);
  }

  private static View refused(View view, Optional<Grant> grant) {
    String problem =
        grant.isEmpty()
            ? "This acknowledgement link is not valid. Acknowledge in the incident room instead."
            : grant.get().used()
                ? "This link was already used. Each acknowledgement link works once."
                : "This link has expired. Acknowledge in the incident room instead.";
    return view.with("problem", problem).with("incident", null).with("username", null);
  }
}
