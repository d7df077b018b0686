package org.migrationmptf.fund.ledger.domain;

import java.util.List;

public interface LedgerAccountRepository {

    List<LedgerAccount> inChartOrder();
}
