package org.migrationmptf.fund.disbursement.api;

import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Direct costs, newest first, for the fund's staff. */
public interface DirectCostRegister {

    Page<DirectCostView> directCosts(PageRequest page, AuthenticatedUser viewer);
}
