package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * The fund window a programme is funded from: a programme's allocations are all made in one window
 * (the first fixes it), so its transfers, refunds and PUNO interest post in that window. One statement.
 */
@ApplicationScoped
class ProgrammeWindows {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    /** The window of the programme's allocations (pending or approved), if it has any. */
    Optional<String> of(String programme) {
        return em.createQuery(
                        "SELECT DISTINCT a.window FROM Allocation a WHERE a.programme = :programme"
                                + " AND a.status <> :rejected",
                        String.class)
                .setParameter("programme", programme)
                .setParameter("rejected", AllocationStatus.REJECTED)
                .getResultStream()
                .findFirst();
    }

    /** Where the programme's money posts: its allocations' window, the programmatic one before any. */
    String postingWindow(String programme) {
        return of(programme).orElse(AllocationRequest.PROGRAMMATIC);
    }

    /**
     * Refuses an allocation in another window than the programme's earlier ones.
     *
     * @throws DomainRuleViolation {@code window-differs}
     */
    void requireSameWindow(String programme, String window) {
        of(programme).filter(w -> !w.equals(window)).ifPresent(w -> {
            throw new DomainRuleViolation(
                    "window-differs",
                    "programme " + programme + " is funded from the " + w + " window: an allocation in the " + window
                            + " window is refused");
        });
    }
}
