package org.migrationmptf.fund.access.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.access.api.Role;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.platform.StartupOrder;

/**
 * Refuses to start a production server that carries demo accounts or a default password, and creates
 * the first administrator of a fresh production database from {@code fund.admin.initial-password}
 * (an environment variable {@code FUND_ADMIN_INITIAL_PASSWORD} in practice).
 *
 * <p>{@code fund.profile} is {@code production} unless the run or test configuration says
 * {@code demo}: a forgotten setting fails safe.
 */
@ApplicationScoped
public class ProductionSafetyCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSafetyCheck.class.getName());
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    static final List<String> DEFAULT_PASSWORDS =
            List.of("admin", "password", "changeit", "changeme", "secret", "fund", "demo", "migration-demo");

    @Inject
    @ConfigProperty(name = "fund.profile", defaultValue = "production")
    String profile;

    @Inject
    @ConfigProperty(name = "fund.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "fund.admin.initial-password")
    Optional<String> initialAdminPassword;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Transactional
    void check(@Observes @Priority(StartupOrder.CHECKS) @Initialized(ApplicationScoped.class) Object start) {
        if (!"production".equals(profile)) {
            LOG.warning(() -> "fund.profile=" + profile + ": demo accounts and demo passwords are allowed."
                    + " Never use this profile with real money.");
            return;
        }
        refuseUnsafeProductionStart(demoData, accounts.countDemoAccounts());
        if (accounts.countAccountsWithRole(Role.ADMIN) == 0) {
            String password = initialAdminPassword.orElseThrow(() -> new IllegalStateException(
                    "Refusing to start: no administrator exists; set FUND_ADMIN_INITIAL_PASSWORD"));
            requireStrongPassword(password);
            accounts.add(new UserAccount(
                    "admin",
                    "Administrator",
                    new Pbkdf2PasswordHasher().hash(password.toCharArray()),
                    EnumSet.of(Role.ADMIN),
                    null,
                    null));
            audit.record(new AuditRecord(
                    "system",
                    "",
                    "ACCOUNT_CREATED",
                    "UserAccount",
                    "admin",
                    "first administrator, from FUND_ADMIN_INITIAL_PASSWORD",
                    null,
                    "{\"roles\":\"ADMIN\"}"));
            LOG.info("Created the first administrator account 'admin'");
        }
    }

    static void refuseUnsafeProductionStart(boolean demoDataEnabled, long demoAccounts) {
        if (demoDataEnabled) {
            throw new IllegalStateException("Refusing to start in production with fund.demo-data=true");
        }
        if (demoAccounts > 0) {
            throw new IllegalStateException("Refusing to start in production: the database holds " + demoAccounts
                    + " demo accounts (demo data must never reach a production database)");
        }
    }

    static void requireStrongPassword(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        boolean isDefault = DEFAULT_PASSWORDS.stream().anyMatch(lower::contains);
        if (password.length() < MINIMUM_PASSWORD_LENGTH || isDefault) {
            throw new IllegalStateException("Refusing to start: the initial administrator password must have at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters and must not contain any of "
                    + Arrays.toString(DEFAULT_PASSWORDS.toArray()));
        }
    }
}
