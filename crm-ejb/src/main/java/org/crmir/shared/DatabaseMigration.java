package org.crmir.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else uses the database. Start-up beans that touch
 * the database depend on this one. Flyway commits each migration itself, hence bean-managed transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // WildFly's timer store makes its table when the server starts, before this runs: a new database
                // then holds that one table, which Flyway takes for someone else's schema unless told to start at 0.
                .baselineOnMigrate(holdsOnlyTimers())
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** True if the schema has no table but WildFly's timers (JBOSS_EJB_TIMER): a new CRMir database. */
    private boolean holdsOnlyTimers() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet others = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND UPPER(table_name) <> 'JBOSS_EJB_TIMER'")) {
            others.next();
            return others.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's tables: " + e.getMessage(), e);
        }
    }
}
