package org.migrationmptf.fund.ledger.api;

import java.util.List;

/** The accounts the fund's journal entries post to. */
public interface ChartOfAccounts {

    List<LedgerAccountView> accounts();
}
