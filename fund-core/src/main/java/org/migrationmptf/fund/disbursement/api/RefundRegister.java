package org.migrationmptf.fund.disbursement.api;

import java.util.Optional;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Refunds of unspent balances, newest first, for the fund's staff. */
public interface RefundRegister {

    Page<RefundView> refunds(Optional<String> programme, PageRequest page, AuthenticatedUser viewer);
}
