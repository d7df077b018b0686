package org.migrationmptf.fund.disbursement.api;

import java.util.Optional;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** What PUNOs returned (refunds or interest), newest first, for the fund's staff. */
public interface PunoReturnRegister {

    Page<PunoReturnView> returns(
            ReturnKind kind, Optional<String> programme, PageRequest page, AuthenticatedUser viewer);
}
