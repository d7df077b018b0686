package org.migrationmptf.fund.programme.domain;

import org.migrationmptf.fund.programme.api.FundingStatus;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

/**
 * What financial closure of a programme (or of one PUNO's part) requires: the final certified
 * expenditure report, and an unspent balance refunded, unless it is at most USD 250 (invariant 10).
 */
public final class FinancialClosure {

    /** An unspent balance up to this need not be refunded before closure. */
    public static final Money REFUND_WAIVED_UP_TO = Money.usd("250.00");

    private FinancialClosure() {}

    public static void require(String puno, boolean finalReportCertified, FundingStatus status) {
        if (!finalReportCertified) {
            throw new DomainRuleViolation(
                    "final-report-missing",
                    puno + " has no final certified expenditure report: financial closure waits for it");
        }
        Money unspent = status.unspent();
        if (unspent.isGreaterThan(REFUND_WAIVED_UP_TO)) {
            throw new DomainRuleViolation(
                    "unspent-balance-not-refunded",
                    puno + " holds USD " + unspent.amount().toPlainString()
                            + " unspent: refund it before financial closure (up to USD 250.00 may stay)");
        }
    }
}
