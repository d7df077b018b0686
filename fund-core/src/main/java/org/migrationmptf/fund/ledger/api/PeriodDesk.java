package org.migrationmptf.fund.ledger.api;

import java.time.YearMonth;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Closing a month of the ledger, four-eyes: one finance user prepares the close of a month that has
 * ended, stating what it holds (its entries and their total); a second approves exactly that through
 * the approval mechanism, and only then does the month refuse postings.
 */
public interface PeriodDesk {

    /**
     * Prepares the close of {@code month}: a pending {@code PERIOD_CLOSE} approval.
     *
     * @param expectedVersion the period's version the caller saw (If-Match), if sent
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code period-not-ended}, {@code
     *     period-already-closed}
     * @throws org.migrationmptf.fund.shared.ConflictingState {@code approval-pending}
     */
    ApprovalView prepareClose(YearMonth month, OptionalLong expectedVersion, AuthenticatedUser by);
}
