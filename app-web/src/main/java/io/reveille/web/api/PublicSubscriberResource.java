package io.reveille.web.api;

import io.reveille.subscriber.Subscribed;
import io.reveille.subscriber.Subscriber;
import io.reveille.subscriber.SubscriptionRequest;
import io.reveille.subscriber.Subscriptions;
import io.reveille.web.ratelimit.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** Subscribing without signing in, for scripts and other sites' forms. Rate-limited per client. */
@Path("/api/v1/public/subscribers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicSubscriberResource {
  @Inject Subscriptions subscriptions;

  /**
   * @param kind email, sms, webhook, slack or teams
   * @param components ids of public components; empty or absent for all of them
   */
  public record SubscribeRequest(String kind, String address, List<Long> components) {}

  /**
   * What subscribing came to. {@code signingSecret} is a webhook's HMAC key, in this answer only;
   * {@code confirmUrl} is where a text-message subscriber types the code they were sent.
   */
  public record SubscriptionJson(
      String kind,
      String address,
      String state,
      String outcome,
      String message,
      String signingSecret,
      String confirmUrl) {

    static SubscriptionJson of(Subscribed s) {
      return new SubscriptionJson(
          s.kind().name().toLowerCase(Locale.ROOT),
          s.address(),
          s.state().code(),
          s.outcome().name().toLowerCase(Locale.ROOT),
          describe(s),
          s.signingSecret(),
          s.enterCodeUrl() == null ? null : s.enterCodeUrl().toString());
    }
  }

  @POST
  @PermitAll
  @RateLimited
  public SubscriptionJson subscribe(SubscribeRequest request) {
    SubscribeRequest body = request == null ? new SubscribeRequest(null, null, null) : request;
    return SubscriptionJson.of(
        subscriptions.subscribe(
            new SubscriptionRequest(body.kind(), body.address(), body.components()),
            Subscriber.Source.API));
  }

  /** What the subscribe page and the API say about the outcome. */
  public static String describe(Subscribed s) {
    return switch (s.outcome()) {
      case CONFIRMATION_SENT ->
          "We sent a confirmation link to " + s.address() + ". Nothing is sent until you open it.";
      case CODE_SENT ->
          "We texted a 6-digit code to " + s.address() + ". Enter it to start receiving updates.";
      case SUBSCRIBED ->
          s.signingSecret() == null
              ? "Subscribed: updates will be posted to the channel."
              : "Subscribed. Keep the signing secret: it is shown only this once.";
      case ALREADY_SUBSCRIBED -> "This address is already subscribed.";
    };
  }
}
