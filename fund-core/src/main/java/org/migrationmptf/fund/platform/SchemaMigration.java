package org.migrationmptf.fund.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before the application serves requests. The
 * schema belongs to the domains: one migration folder per domain under {@code db/migration}, applied
 * in version order (versions are dates, so folders interleave safely). A failed migration fails the
 * application start.
 *
 * <p>Demo data (users, contributors, amounts marked as demo) lives apart, in {@code db/demo}, with its
 * own history table, and is applied only when {@code fund.demo-data=true}.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    static final String[] DOMAIN_LOCATIONS = {
        "classpath:db/migration/reference",
        "classpath:db/migration/access",
        "classpath:db/migration/ledger",
        "classpath:db/migration/contribution",
        "classpath:db/migration/audit",
        "classpath:db/migration/approval",
        "classpath:db/migration/programme",
        "classpath:db/migration/disbursement",
        "classpath:db/migration/platform"
    };

    @Resource(lookup = "jdbc/fundDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "fund.demo-data", defaultValue = "false")
    boolean demoData;

    void migrateSchema(@Observes @Priority(StartupOrder.SCHEMA) @Initialized(ApplicationScoped.class) Object start) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locationsFor(vendor()))
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * The domain folders plus the one folder of guards that only one database can express (triggers):
     * {@code db/migration/postgresql} or {@code db/migration/derby}, holding the same versions.
     */
    static String[] locationsFor(String vendor) {
        String[] locations = java.util.Arrays.copyOf(DOMAIN_LOCATIONS, DOMAIN_LOCATIONS.length + 1);
        locations[DOMAIN_LOCATIONS.length] = "classpath:db/migration/" + vendor;
        return locations;
    }

    private String vendor() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("derby")) {
                return "derby";
            }
            throw new IllegalStateException("the fund runs on PostgreSQL or Derby, not on " + product);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    void loadDemoData(@Observes @Priority(StartupOrder.DEMO_DATA) @Initialized(ApplicationScoped.class) Object start) {
        if (!demoData) {
            return;
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Demo data at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " demo scripts applied now)");
    }
}
