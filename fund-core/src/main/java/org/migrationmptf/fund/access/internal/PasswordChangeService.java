package org.migrationmptf.fund.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.PasswordChange;
import org.migrationmptf.fund.access.domain.PasswordHistory;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * A user's own password change. The old hash goes into the history (the last {@value
 * PasswordChange#REMEMBERED} may not be chosen again), the session epoch advances so every other
 * session of the user ends, and remembered API credentials are forgotten. Only that the password
 * changed goes on the audit trail, never a hash.
 */
@ApplicationScoped
class PasswordChangeService implements PasswordChange {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @Inject
    UserAccountRepository accounts;

    @Inject
    AccountAuthenticator authenticator;

    @Inject
    AuditedCommands commands;

    @Inject
    Clock clock;

    @Override
    public Changed change(
            AuthenticatedUser user, char[] currentPassword, char[] newPassword, OptionalLong expectedVersion) {
        long epoch = commands.run(
                user, Permission.CHANGE_OWN_PASSWORD, Subject.of("UserAccount", user.username()), event -> {
                    UserAccount account = accounts.lock(user.username())
                            .orElseThrow(() -> new DomainRuleViolation(
                                    "unknown-account", "there is no account " + user.username()));
                    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != account.version()) {
                        throw new StaleVersion("the account", expectedVersion.getAsLong(), account.version());
                    }
                    if (currentPassword.length > Authenticator.MAX_PASSWORD_LENGTH
                            || !hasher.matches(currentPassword, account.passwordHash())) {
                        throw new DomainRuleViolation("wrong-current-password", "the current password is not right");
                    }
                    PasswordRules.requireAcceptable(account.username(), currentPassword, newPassword);
                    requireNotRecent(account, newPassword);
                    accounts.rememberReplacedPassword(
                            new PasswordHistory(account.username(), account.passwordHash(), clock.instant()));
                    account.replacePasswordHash(hasher.hash(newPassword));
                    event.after(Map.of("sessionEpoch", account.sessionEpoch()));
                    return account.sessionEpoch();
                });
        authenticator.forget(user.username());
        return new Changed(version(user.username()), epoch);
    }

    private void requireNotRecent(UserAccount account, char[] newPassword) {
        for (String earlier : accounts.recentPasswordHashes(account.username(), REMEMBERED - 1)) {
            if (hasher.matches(newPassword, earlier)) {
                throw new DomainRuleViolation(
                        "recent-password", "the new password is one of your last " + REMEMBERED + "; choose another");
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version(String username) {
        return accounts.find(username)
                .orElseThrow(() -> new DomainRuleViolation("unknown-account", "there is no account " + username))
                .version();
    }
}
