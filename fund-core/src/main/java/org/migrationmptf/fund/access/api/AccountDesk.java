package org.migrationmptf.fund.access.api;

import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Where an administrator manages user accounts. No method here touches financial data, and the
 * administrator role holds no financial permission.
 */
public interface AccountDesk {

    /** Creates the account with a one-time password. */
    IssuedPassword create(NewAccount account, AuthenticatedUser by);

    AccountView disable(String username, OptionalLong expectedVersion, AuthenticatedUser by);

    AccountView enable(String username, OptionalLong expectedVersion, AuthenticatedUser by);

    /** Gives the account another role (and, for CONTRIBUTOR or PUNO_REPORTER, whom it acts for). */
    AccountView assignRole(
            String username, Role role, String actsFor, OptionalLong expectedVersion, AuthenticatedUser by);

    /** Issues a new one-time password; the user's sessions end. */
    IssuedPassword resetPassword(String username, OptionalLong expectedVersion, AuthenticatedUser by);

    /** Accounts in user-name order, for administrators. */
    Page<AccountView> accounts(PageRequest page, AuthenticatedUser viewer);

    AccountView account(String username, AuthenticatedUser viewer);
}
