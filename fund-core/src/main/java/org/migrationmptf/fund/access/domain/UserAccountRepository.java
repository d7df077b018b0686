package org.migrationmptf.fund.access.domain;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> find(String username);

    long countDemoAccounts();

    long countAccountsWithRole(org.migrationmptf.fund.access.api.Role role);

    void add(UserAccount account);
}
