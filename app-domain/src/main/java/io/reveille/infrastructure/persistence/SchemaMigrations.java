package io.reveille.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings Reveille's tables to the current version with Flyway, on H2 and PostgreSQL alike.
 * Hibernate never creates or alters tables; the process engine manages its own.
 */
@ApplicationScoped
public class SchemaMigrations {
  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

  /** Must run outside a JTA transaction: Flyway commits each migration itself. */
  public void migrate() {
    try {
      DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/ReveilleDS");
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .table("reveille_schema_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.infof(
          "Database schema at version %s (%d migrations applied)",
          result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (NamingException e) {
      throw new IllegalStateException(
          "The datasource java:jboss/datasources/ReveilleDS is missing", e);
    }
  }
}
