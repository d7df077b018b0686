package org.migrationmptf.fund.access.api;

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

    /** The role names, as the container's groups. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
