package io.reveille.subscriber;

import io.reveille.delivery.Mail;
import io.reveille.delivery.SendOutcome;
import io.reveille.delivery.TextMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the confirmation e-mail or code once the subscription is committed, on a managed thread so
 * the subscribe page answers at once. Not kept in the outbox: a lost confirmation costs nothing but
 * subscribing again, which sends a new one.
 */
@ApplicationScoped
class ConfirmationSender {
  private static final Logger LOG = Logger.getLogger(ConfirmationSender.class);

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  @Inject Mail mail;
  @Inject TextMessages textMessages;
  @Inject SubscriberLinks links;

  void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested asked) {
    executor.execute(() -> send(asked));
  }

  private void send(ConfirmationRequested asked) {
    SendOutcome outcome =
        switch (asked.kind()) {
          case EMAIL ->
              mail.send(
                  asked.address(),
                  "Confirm your subscription to "
                      + SubscriberMessages.pageName()
                      + " status updates",
                  SubscriberMessages.confirmationEmail(
                      SubscriberMessages.pageName(),
                      links.confirmUrl(asked.subscriberId()),
                      links.unsubscribeUrl(asked.subscriberId())));
          case SMS ->
              textMessages.send(
                  asked.address(),
                  SubscriberMessages.codeText(SubscriberMessages.pageName(), asked.code()));
          default -> new SendOutcome.Sent(null);
        };
    if (!(outcome instanceof SendOutcome.Sent)) {
      LOG.warnf("Confirmation for subscriber %d not sent: %s", asked.subscriberId(), outcome);
    }
  }
}
