package org.migrationmptf.fund.access.domain;

import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.identity.api.Role;

public interface UserAccountRepository {

    Optional<UserAccount> find(String username);

    /** The account, locked for an update that must not race another (an administrator's change). */
    Optional<UserAccount> lock(String username);

    long countDemoAccounts();

    long countAccountsWithRole(Role role);

    /** Enabled accounts holding the role. */
    long countEnabledWithRole(Role role);

    List<UserAccount> page(int offset, int limit);

    long count();

    void add(UserAccount account);

    /** The hashes the user had most recently, newest first. */
    List<String> recentPasswordHashes(String username, int howMany);

    void rememberReplacedPassword(PasswordHistory replaced);
}
