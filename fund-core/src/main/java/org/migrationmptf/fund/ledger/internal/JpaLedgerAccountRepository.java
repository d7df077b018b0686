package org.migrationmptf.fund.ledger.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.migrationmptf.fund.ledger.domain.LedgerAccount;
import org.migrationmptf.fund.ledger.domain.LedgerAccountRepository;

@ApplicationScoped
class JpaLedgerAccountRepository implements LedgerAccountRepository {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Override
    public List<LedgerAccount> inChartOrder() {
        return em.createNamedQuery("LedgerAccount.inChartOrder", LedgerAccount.class)
                .getResultList();
    }
}
