package io.reveille.web.pages;

import io.reveille.shared.DomainException;
import io.reveille.shared.InvalidInputException;
import io.reveille.subscriber.Subscribed;
import io.reveille.subscriber.Subscriber;
import io.reveille.subscriber.SubscriberKind;
import io.reveille.subscriber.SubscriptionRequest;
import io.reveille.subscriber.Subscriptions;
import io.reveille.subscriber.Subscriptions.CodeCheck;
import io.reveille.web.api.PublicSubscriberResource;
import io.reveille.web.ratelimit.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Subscribing on the status page, without signing in and without JavaScript, and the pages the
 * links in subscriber messages open. A link's GET only shows what it would do (mail scanners fetch
 * every link); the button posts. Unsubscribe also takes the RFC 8058 one-click POST that mail
 * providers send for their own "Unsubscribe" button.
 */
@Path("/status")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SubscribePages {
  @Inject Subscriptions subscriptions;

  @GET
  @Path("subscribe")
  @PermitAll
  public View form() {
    return form("email", "", Set.of(), Map.of());
  }

  @POST
  @Path("subscribe")
  @PermitAll
  @RateLimited
  public Response subscribe(
      @FormParam("kind") String kind,
      @FormParam("address") String address,
      @FormParam("components") List<String> components) {
    Set<String> chosen = new LinkedHashSet<>(components == null ? List.of() : components);
    List<Long> ids = new ArrayList<>();
    for (String id : chosen) {
      try {
        ids.add(Long.parseLong(id.strip()));
      } catch (NumberFormatException e) {
        return invalid(
            kind,
            address,
            chosen,
            new InvalidInputException("components", "Choose components from the list."));
      }
    }
    Subscribed subscribed;
    try {
      subscribed =
          subscriptions.subscribe(
              new SubscriptionRequest(kind, address, ids), Subscriber.Source.FORM);
    } catch (DomainException e) {
      return invalid(kind, address, chosen, e);
    }
    if (subscribed.enterCodeUrl() != null) {
      return Response.seeOther(subscribed.enterCodeUrl()).build();
    }
    return Response.ok(
            View.of("subscribed")
                .with("subscribed", subscribed)
                .with("message", PublicSubscriberResource.describe(subscribed)))
        .build();
  }

  private Response invalid(String kind, String address, Set<String> chosen, DomainException e) {
    return Response.status(e instanceof InvalidInputException ? 400 : 409)
        .entity(form(kind, address, chosen, FormErrors.of(e)))
        .build();
  }

  private View form(String kind, String address, Set<String> chosen, Map<String, String> errors) {
    return View.of("subscribe")
        .with("kinds", SubscriberKind.values())
        .with("kind", kind == null ? "" : kind)
        .with("address", address == null ? "" : address)
        .with("chosen", chosen)
        .with("components", subscriptions.publicComponents())
        .with("errors", errors);
  }

  // ----- the links in messages -----

  @GET
  @Path("subscription/confirm/{token}")
  @PermitAll
  public View confirmPage(@PathParam("token") String token) {
    return linkPage("confirm", token, subscriptions.confirming(token), false);
  }

  @POST
  @Path("subscription/confirm/{token}")
  @PermitAll
  public View confirm(@PathParam("token") String token) {
    return linkPage("confirm", token, subscriptions.confirm(token), true);
  }

  @GET
  @Path("subscription/unsubscribe/{token}")
  @PermitAll
  public View unsubscribePage(@PathParam("token") String token) {
    return linkPage("unsubscribe", token, subscriptions.unsubscribing(token), false);
  }

  /**
   * The button on the page, and the one-click POST of RFC 8058 ({@code
   * List-Unsubscribe=One-Click}).
   */
  @POST
  @Path("subscription/unsubscribe/{token}")
  @PermitAll
  public View unsubscribe(@PathParam("token") String token) {
    return linkPage("unsubscribe", token, subscriptions.unsubscribe(token), true);
  }

  @GET
  @Path("subscription/phone/{token}")
  @PermitAll
  public View codePage(@PathParam("token") String token) {
    return linkPage("phone", token, subscriptions.enteringCode(token), false)
        .with("errors", Map.of());
  }

  @POST
  @Path("subscription/phone/{token}")
  @PermitAll
  @RateLimited
  public Response enterCode(@PathParam("token") String token, @FormParam("code") String code) {
    CodeCheck check = subscriptions.enterCode(token, code);
    Optional<Subscriber> subscriber = subscriptions.enteringCode(token);
    View view = linkPage("phone", token, subscriber, check == CodeCheck.CONFIRMED);
    Map<String, String> errors = new HashMap<>();
    switch (check) {
      case WRONG ->
          errors.put("code", "That is not the code we sent. Check the text message and try again.");
      case EXPIRED ->
          errors.put("code", "This code can no longer be used. Subscribe again to get a new one.");
      default -> {}
    }
    return Response.status(errors.isEmpty() ? 200 : 400)
        .entity(view.with("errors", errors))
        .build();
  }

  private static View linkPage(
      String action, String token, Optional<Subscriber> subscriber, boolean done) {
    return View.of("subscription")
        .with("action", action)
        .with("token", token)
        .with("subscriber", subscriber.orElse(null))
        .with("done", done);
  }
}
