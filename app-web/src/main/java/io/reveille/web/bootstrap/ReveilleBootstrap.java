package io.reveille.web.bootstrap;

import io.reveille.composer.MessageTemplates;
import io.reveille.delivery.DeliveryDispatcher;
import io.reveille.demo.DemoData;
import io.reveille.escalation.AcknowledgementLinks;
import io.reveille.identity.IdentityService;
import io.reveille.infrastructure.camunda.CamundaProcessEngine;
import io.reveille.infrastructure.persistence.SchemaMigrations;
import io.reveille.search.SearchReindexing;
import io.reveille.shared.Settings;
import io.reveille.subscriber.NotificationDispatcher;
import io.reveille.subscriber.SubscriberLinks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Brings Reveille up before the first request: schema, process engine, first administrator, demo
 * data, and a search index rebuild when the index cannot answer for the database. An EJB because
 * only {@code @Startup} guarantees this runs during deployment.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits on its own
public class ReveilleBootstrap {
  private static final Logger LOG = Logger.getLogger(ReveilleBootstrap.class);

  @Inject SchemaMigrations schema;
  @Inject CamundaProcessEngine processEngine;
  @Inject IdentityService identities;
  @Inject DemoData demoData;
  @Inject MessageTemplates templates;
  @Inject DeliveryDispatcher deliveries;
  @Inject AcknowledgementLinks acknowledgementLinks;
  @Inject SubscriberLinks subscriberLinks;
  @Inject NotificationDispatcher subscriberNotifications;
  @Inject SearchReindexing searchIndex;

  private volatile boolean ready;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    schema.migrate();
    processEngine.start();
    acknowledgementLinks.prepare();
    deliveries.start();
    subscriberLinks.prepare();
    subscriberNotifications.start();
    identities.ensureAdministrator();
    installTemplates();
    if (DemoData.enabled()) {
      demoData.seed();
    }
    searchIndex.rebuildIfStale();
    ready = true;
    LOG.infof(
        "Reveille is ready at http://localhost:%s/ (started in %d ms)",
        Settings.get("jboss.http.port").orElse("8080"), (System.nanoTime() - started) / 1_000_000);
  }

  /** The default update templates, once; a node starting alongside may have just done it. */
  private void installTemplates() {
    try {
      templates.installDefaults();
    } catch (RuntimeException e) {
      if (templates.all().isEmpty()) {
        throw e;
      }
      LOG.debug("Another node installed the default templates first", e);
    }
  }

  @PreDestroy
  void stop() {
    deliveries.stop();
    subscriberNotifications.stop();
  }

  public boolean isReady() {
    return ready && processEngine.isRunning();
  }
}
