package org.migrationmptf.fund.ledger.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.migrationmptf.fund.ledger.api.ChartOfAccounts;
import org.migrationmptf.fund.ledger.api.LedgerAccountView;
import org.migrationmptf.fund.ledger.domain.LedgerAccountRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ChartOfAccountsService implements ChartOfAccounts {

    @Inject
    LedgerAccountRepository repository;

    @Override
    public List<LedgerAccountView> accounts() {
        return repository.inChartOrder().stream()
                .map(a -> new LedgerAccountView(
                        a.code(), a.name(), a.kind().name(), a.normalBalance().name()))
                .toList();
    }
}
