package org.migrationmptf.fund.access.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * A person who signs in. Holds only a password hash. A CONTRIBUTOR account is bound to one
 * contributor and a PUNO_REPORTER account to one Participating UN Organization; nothing else is
 * bound to a party. Accounts created by the demo data are marked so a production start can refuse
 * them.
 *
 * <p>Life cycle: created by an administrator with a one-time password ({@link #create}), which the
 * user must replace at the first sign-in; disabled and enabled again; given another role. Every
 * change of the password, and disabling, advances the {@link #sessionEpoch()}, which ends every
 * session signed in before it.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(name = "username", length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "contributor_code", length = 20)
    private String contributorCode;

    @Column(name = "organization_code", length = 20)
    private String organizationCode;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Column(name = "created_by", length = 60)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            String contributorCode,
            String organizationCode) {
        if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
            throw new IllegalArgumentException("username must be 3-60 characters of a-z, 0-9, '.', '_' or '-'");
        }
        requireBinding(roles, contributorCode, organizationCode);
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.contributorCode = contributorCode;
        this.organizationCode = organizationCode;
        this.enabled = true;
        this.demo = false;
    }

    /**
     * A new account with one role, created by an administrator, whose first password is one-time:
     * the user must change it at the first sign-in.
     */
    public static UserAccount create(
            String username,
            String displayName,
            Role role,
            String contributorCode,
            String organizationCode,
            String oneTimePasswordHash,
            String createdBy) {
        UserAccount account = new UserAccount(
                username, displayName, oneTimePasswordHash, EnumSet.of(role), contributorCode, organizationCode);
        account.mustChangePassword = true;
        account.createdBy = createdBy;
        return account;
    }

    private static void requireBinding(Set<Role> roles, String contributorCode, String organizationCode) {
        if (roles.isEmpty()) {
            throw new DomainRuleViolation("role-required", "an account needs a role");
        }
        if (roles.contains(Role.CONTRIBUTOR) != (contributorCode != null)) {
            throw new DomainRuleViolation(
                    "acts-for-contributor", "a CONTRIBUTOR account, and only it, acts for a contributor");
        }
        if (roles.contains(Role.PUNO_REPORTER) != (organizationCode != null)) {
            throw new DomainRuleViolation(
                    "acts-for-organization",
                    "a PUNO_REPORTER account, and only it, acts for a Participating UN Organization");
        }
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Advances with every password change, reset and disabling: sessions signed in before end. */
    public long sessionEpoch() {
        return sessionEpoch;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /** The optimistic-lock version: it changes with every write of the account. */
    public long version() {
        return version;
    }

    /** The user chose a new password (the caller verified the old one and hashed the new one). */
    public void replacePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.sessionEpoch++;
    }

    /** An administrator issued a one-time password: the user must change it at the next sign-in. */
    public void resetTo(String oneTimePasswordHash) {
        this.passwordHash = oneTimePasswordHash;
        this.mustChangePassword = true;
        this.sessionEpoch++;
    }

    public void disable() {
        if (!enabled) {
            throw new DomainRuleViolation("already-disabled", "account " + username + " is already disabled");
        }
        enabled = false;
        sessionEpoch++;
    }

    public void enable() {
        if (enabled) {
            throw new DomainRuleViolation("already-enabled", "account " + username + " is already enabled");
        }
        enabled = true;
    }

    /** The account's one role from now on, and the party it acts for if the role is bound to one. */
    public void assign(Role role, String newContributorCode, String newOrganizationCode) {
        requireBinding(EnumSet.of(role), newContributorCode, newOrganizationCode);
        roles.clear();
        roles.add(role);
        contributorCode = newContributorCode;
        organizationCode = newOrganizationCode;
    }

    public Optional<String> contributorCode() {
        return Optional.ofNullable(contributorCode);
    }

    public Optional<String> organizationCode() {
        return Optional.ofNullable(organizationCode);
    }
}
