package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.util.List;

/** A programme's money per PUNO and in total (the same figures added up). */
public record ProgrammeFunding(
        String programme,
        List<PunoFunding> punos,
        BigDecimal budget,
        BigDecimal allocated,
        BigDecimal awaitingApproval,
        BigDecimal transferred,
        BigDecimal refunded,
        BigDecimal netFunded,
        BigDecimal expenditure,
        BigDecimal deliveryRate,
        boolean overspent) {}
