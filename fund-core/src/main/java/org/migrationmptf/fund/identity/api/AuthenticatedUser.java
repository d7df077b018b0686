package org.migrationmptf.fund.identity.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user whose password was verified: the name, the roles and, where the role is bound to a party,
 * the contributor or Participating UN Organization the user acts for.
 */
public record AuthenticatedUser(
        String username, String displayName, Set<Role> roles, String contributorCode, String organizationCode) {

    public AuthenticatedUser {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public Optional<String> contributor() {
        return Optional.ofNullable(contributorCode);
    }

    public Optional<String> organization() {
        return Optional.ofNullable(organizationCode);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether one of this user's roles may perform the action. */
    public boolean may(Permission permission) {
        return roles.stream().anyMatch(permission::allows);
    }

    /**
     * Refuses unless one of this user's roles may perform the action.
     *
     * @throws NotPermitted otherwise
     */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new NotPermitted(this, permission);
        }
    }

    /** The role names, as the container's groups. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The role names sorted and comma-separated, as the audit trail records them. */
    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /** Secretariat, Administrative Agent finance and auditors: they see every contributor's data. */
    public boolean isFundStaff() {
        return has(Role.FUND_OFFICER) || has(Role.FUND_APPROVER) || has(Role.AA_FINANCE) || has(Role.AUDITOR);
    }

    /** Whether this user may see the data of {@code contributor}: staff see all, a donor only its own. */
    public boolean maySeeContributor(String contributor) {
        if (isFundStaff()) {
            return true;
        }
        return has(Role.CONTRIBUTOR) && contributorCode != null && contributorCode.equals(contributor);
    }
}
