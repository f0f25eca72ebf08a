package io.reveille.subscriber;

import java.util.List;

/**
 * What someone asks for on the subscribe form or API.
 *
 * @param kind email, sms, webhook, slack or teams, as typed
 * @param address the e-mail address, E.164 phone number or URL, as typed
 * @param componentIds the components to hear about; empty for all of them
 */
public record SubscriptionRequest(String kind, String address, List<Long> componentIds) {
  public SubscriptionRequest {
    componentIds = componentIds == null ? List.of() : List.copyOf(componentIds);
  }
}
