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
import org.migrationmptf.fund.access.api.Role;

/**
 * A person who signs in. Holds only a password hash. A CONTRIBUTOR account is bound to one
 * contributor and a PUNO_REPORTER account to one Participating UN Organization; the constructor
 * refuses an account that breaks that rule. Accounts created by the demo data are marked as such so a
 * production start can refuse them.
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
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        if (roles.contains(Role.CONTRIBUTOR) != (contributorCode != null)) {
            throw new IllegalArgumentException("a CONTRIBUTOR account, and only it, is bound to a contributor");
        }
        if (roles.contains(Role.PUNO_REPORTER) != (organizationCode != null)) {
            throw new IllegalArgumentException("a PUNO_REPORTER account, and only it, is bound to an organization");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.contributorCode = contributorCode;
        this.organizationCode = organizationCode;
        this.enabled = true;
        this.demo = false;
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

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /** The optimistic-lock version: it changes with every write of the account. */
    public long version() {
        return version;
    }

    /** Replaces the stored hash; the caller has verified the old password and hashed the new one. */
    public void replacePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = newHash;
    }

    public Optional<String> contributorCode() {
        return Optional.ofNullable(contributorCode);
    }

    public Optional<String> organizationCode() {
        return Optional.ofNullable(organizationCode);
    }
}
