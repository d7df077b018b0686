package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.fund.ledger.api.FundPosition;

/**
 * Everything a contributor statement shows for one contributor and period: its agreements with
 * schedule and arrears as of the period end, the deposits received in the period with rate and fee,
 * US dollar totals for the period and cumulatively to its end, and the fund's position then.
 */
public record ContributorStatement(
        String contributorCode,
        String contributorName,
        LocalDate from,
        LocalDate to,
        List<AgreementView> agreements,
        List<DepositView> deposits,
        BigDecimal periodUsd,
        BigDecimal periodFeeUsd,
        BigDecimal periodNetUsd,
        BigDecimal cumulativeUsd,
        BigDecimal cumulativeFeeUsd,
        FundPosition fund) {}
