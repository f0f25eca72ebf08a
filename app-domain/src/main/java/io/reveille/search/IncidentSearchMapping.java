package io.reveille.search;

import io.reveille.incident.Incident;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;

/**
 * Declares the incident index in code rather than with annotations on the entity, so the domain
 * model stays free of search concerns and the whole mapping reads in one place.
 */
public class IncidentSearchMapping implements HibernateOrmSearchMappingConfigurer {
  public static final String INDEX = "incident";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    var incident = context.programmaticMapping().type(Incident.class);
    incident.indexed().index(INDEX);
    incident.binder(new IncidentDocumentBinder());
    // A component knows nothing of its incidents, so Hibernate Search cannot follow a rename to
    // them; ComponentIndexing reindexes them after one.
    incident.property("components").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
