package org.migrationmptf.fund.access.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.platform.StartupOrder;

/**
 * Refuses to start a production server that carries demo accounts or a default password, and creates
 * the first administrator of a fresh production database from {@code fund.admin.initial-password}
 * (an environment variable {@code FUND_ADMIN_INITIAL_PASSWORD} in practice).
 *
 * <p>{@code fund.profile} is {@code production} unless the run or test configuration says
 * {@code demo}: a forgotten setting fails safe, and any other value (a typo) refuses to start.
 */
@ApplicationScoped
public class ProductionSafetyCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSafetyCheck.class.getName());
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    static final String PRODUCTION = "production";
    static final String DEMO = "demo";

    /** The start-up itself, creating the first administrator (the audit trail's actor "system"). */
    private static final AuthenticatedUser SYSTEM =
            new AuthenticatedUser("system", "Start-up of the server", java.util.Set.of(Role.ADMIN), null, null);

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
    AuditedCommands commands;

    void check(@Observes @Priority(StartupOrder.CHECKS) @Initialized(ApplicationScoped.class) Object start) {
        requireKnownProfile(profile);
        if (DEMO.equals(profile)) {
            LOG.warning(() -> "fund.profile=demo: demo accounts and demo passwords are allowed."
                    + " Never use this profile with real money.");
            return;
        }
        refuseUnsafeProductionStart(demoData, accounts.countDemoAccounts());
        if (accounts.countAccountsWithRole(Role.ADMIN) == 0) {
            String password = initialAdminPassword.orElseThrow(() -> new IllegalStateException(
                    "Refusing to start: no administrator exists; set FUND_ADMIN_INITIAL_PASSWORD"));
            requireStrongPassword(password);
            commands.run(SYSTEM, Permission.CREATE_ACCOUNT, Subject.of("UserAccount", "admin"), event -> {
                accounts.add(UserAccount.create(
                        "admin",
                        "Administrator",
                        Role.ADMIN,
                        null,
                        null,
                        new Pbkdf2PasswordHasher().hash(password.toCharArray()),
                        SYSTEM.username()));
                event.detail("first administrator, from FUND_ADMIN_INITIAL_PASSWORD; to be changed at first sign-in")
                        .after(java.util.Map.of("roles", "ADMIN"));
                return null;
            });
            LOG.info("Created the first administrator account 'admin'");
        }
    }

    /** The profiles a server may run in; anything else (a typo, an empty value) refuses to start. */
    static final java.util.Set<String> PROFILES = java.util.Set.of(PRODUCTION, DEMO);

    static void requireKnownProfile(String profile) {
        if (!PROFILES.contains(profile)) {
            throw new IllegalStateException("Refusing to start: fund.profile is '" + profile + "'; it must be one of "
                    + new java.util.TreeSet<>(PROFILES));
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
        boolean isDefault =
                DEFAULT_PASSWORDS.stream().anyMatch(lower::contains) || PasswordRules.isCommon(password, "admin");
        if (password.length() < MINIMUM_PASSWORD_LENGTH || isDefault) {
            throw new IllegalStateException("Refusing to start: the initial administrator password must have at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters and must not contain any of "
                    + Arrays.toString(DEFAULT_PASSWORDS.toArray()));
        }
    }
}
