package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.disbursement.domain.AvailableFunds;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPosition;
import org.migrationmptf.fund.ledger.api.LedgerPositions;

/**
 * Reads what the thematic areas may allocate from maintained balances only: the ledger's positions
 * by earmark (contributions, AA fee, fund interest, direct costs, bank charges) and the areas'
 * maintained approved allocations, and each window's. Three statements, whatever the size of the
 * journal.
 */
@ApplicationScoped
class FundsAvailable {

    /** How contributions earmarked to a thematic area are labelled on journal lines. */
    static final String AREA_EARMARK = "THEMATIC_AREA:";

    static final String UNEARMARKED = "UNEARMARKED";

    /** How contributions earmarked to a fund window are labelled on journal lines. */
    static final String WINDOW_EARMARK = "WINDOW:";

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    LedgerPositions positions;

    AvailableFunds now() {
        Map<String, BigDecimal> earmarked = new HashMap<>();
        Map<String, BigDecimal> windows = new HashMap<>();
        BigDecimal pool = ZERO;
        for (LedgerPosition p : positions.of(List.of(
                LedgerAccounts.CONTRIBUTIONS,
                LedgerAccounts.AA_FEE,
                LedgerAccounts.INTEREST_FROM_FUND,
                LedgerAccounts.DIRECT_COSTS,
                LedgerAccounts.BANK_CHARGES))) {
            // revenue adds (credit balance), costs subtract: creditBalance() is both at once
            BigDecimal net = p.creditBalance();
            if (p.earmark().startsWith(AREA_EARMARK)) {
                earmarked.merge(p.earmark().substring(AREA_EARMARK.length()), net, BigDecimal::add);
            } else if (p.earmark().startsWith(WINDOW_EARMARK)) {
                // money earmarked to a fund window is the window's: only its allocations draw on it
                windows.merge(p.earmark().substring(WINDOW_EARMARK.length()), net, BigDecimal::add);
            } else if (p.earmark().equals(UNEARMARKED)
                    || (p.earmark().isEmpty() && !p.account().equals(LedgerAccounts.CONTRIBUTIONS))) {
                pool = pool.add(net); // unearmarked money, fund interest, direct costs, bank charges
            }
        }
        Map<String, BigDecimal> allocated = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT thematic_area, allocated FROM area_allocation")
                .getResultList()) {
            Object[] c = (Object[]) row;
            allocated.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        Map<String, BigDecimal> windowAllocated = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT fund_window, allocated FROM window_allocation")
                .getResultList()) {
            Object[] c = (Object[]) row;
            windowAllocated.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        return new AvailableFunds(earmarked, pool, allocated, windows, windowAllocated);
    }

    /** The fund's windows, by code. */
    java.util.List<String> windows() {
        return em.createNativeQuery("SELECT code FROM fund_window ORDER BY opened_on, code").getResultList().stream()
                .map(c -> c.toString().trim())
                .toList();
    }

    /**
     * Adds an approved allocation to its maintained total: its area's in the programmatic window, its
     * window's in another (the caller holds the posting lock).
     */
    void bind(String area, String window, BigDecimal amount) {
        if (window == null || window.equals(org.migrationmptf.fund.disbursement.api.AllocationRequest.PROGRAMMATIC)) {
            bind(area, amount);
            return;
        }
        int updated = em.createNativeQuery(
                        "UPDATE window_allocation SET allocated = allocated + ?, approvals = approvals + 1"
                                + " WHERE fund_window = ?")
                .setParameter(1, amount)
                .setParameter(2, window)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO window_allocation (fund_window, allocated, approvals) VALUES (?, ?, 1)")
                    .setParameter(1, window)
                    .setParameter(2, amount)
                    .executeUpdate();
        }
    }

    /** Adds an approved programmatic allocation to its area's maintained total. */
    private void bind(String area, BigDecimal amount) {
        int updated = em.createNativeQuery(
                        "UPDATE area_allocation SET allocated = allocated + ?, approvals = approvals + 1"
                                + " WHERE thematic_area = ?")
                .setParameter(1, amount)
                .setParameter(2, area)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO area_allocation (thematic_area, allocated, approvals) VALUES (?, ?, 1)")
                    .setParameter(1, area)
                    .setParameter(2, amount)
                    .executeUpdate();
        }
    }
}
