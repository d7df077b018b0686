package org.migrationmptf.fund.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.migrationmptf.fund.access.api.PasswordChange;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.StaleVersion;

@ApplicationScoped
class PasswordChangeService implements PasswordChange {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AccountAuthenticator authenticator;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional
    public long change(String username, char[] currentPassword, char[] newPassword, OptionalLong expectedVersion) {
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null) {
            throw new DomainRuleViolation("unknown-account", "there is no account " + username);
        }
        String roles = account.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        AuditRecord attempt = AuditRecord.attempt(username, roles, "PASSWORD_CHANGED", "UserAccount", username);
        try {
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != account.version()) {
                throw new StaleVersion("the account", expectedVersion.getAsLong(), account.version());
            }
            if (!hasher.matches(currentPassword, account.passwordHash())) {
                throw new DomainRuleViolation("wrong-current-password", "the current password is not right");
            }
            requireAcceptable(currentPassword, newPassword);
        } catch (DomainRuleViolation | StaleVersion e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
        account.replacePasswordHash(hasher.hash(newPassword));
        em.flush();
        // the hashes stay out of the trail: only that it changed, and the account's new version
        audit.record(new AuditRecord(
                username,
                roles,
                "PASSWORD_CHANGED",
                "UserAccount",
                username,
                null,
                null,
                "{\"version\":" + account.version() + "}"));
        authenticator.forget(username);
        return account.version();
    }

    static void requireAcceptable(char[] currentPassword, char[] newPassword) {
        if (newPassword.length < MINIMUM_LENGTH) {
            throw new DomainRuleViolation(
                    "weak-password", "the new password needs at least " + MINIMUM_LENGTH + " characters");
        }
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new DomainRuleViolation("unchanged-password", "the new password must differ from the current one");
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version(String username) {
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null) {
            throw new DomainRuleViolation("unknown-account", "there is no account " + username);
        }
        return account.version();
    }
}
