package io.reveille.search;

import io.reveille.incident.Incident;
import io.reveille.postmortem.ActionItem;
import io.reveille.postmortem.Postmortem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.search.mapper.orm.Search;

/**
 * Keeps an incident's search document in step with its postmortem. The postmortem names its
 * incident by id, not by an association Hibernate Search could follow, so this JPA entity listener
 * (declared in {@code META-INF/orm.xml}, leaving the postmortem classes untouched) adds the
 * incident to the transaction's indexing plan whenever a postmortem or action item is written.
 */
public class PostmortemIndexing {
  @PersistenceContext EntityManager em;

  // One method per event, each declared for both entities in orm.xml. Hibernate keeps one set of
  // callbacks per listener class (so a method taking Postmortem would also be called with action
  // items), and binds a method to the first event it is declared for only: one method named for
  // both post-persist and post-update was never called on update, and a published postmortem
  // stayed out of the index.

  public void persisted(Object entity) {
    changed(entity);
  }

  public void updated(Object entity) {
    changed(entity);
  }

  public void removed(Object entity) {
    changed(entity);
  }

  private void changed(Object entity) {
    if (entity instanceof Postmortem postmortem) {
      reindex(postmortem.incidentId());
    } else if (entity instanceof ActionItem item) {
      // ActionItem exposes no accessor for its postmortem; read the mapped attribute instead.
      Object postmortem =
          em.getEntityManagerFactory()
              .unwrap(SessionFactoryImplementor.class)
              .getMappingMetamodel()
              .getEntityDescriptor(ActionItem.class)
              .getPropertyValue(item, "postmortem");
      if (postmortem instanceof Postmortem p) {
        reindex(p.incidentId());
      }
    }
  }

  private void reindex(Long incidentId) {
    if (incidentId != null) {
      Search.session(em).indexingPlan().addOrUpdate(em.getReference(Incident.class, incidentId));
    }
  }
}
