package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What recording a deposit would give, before it is recorded: the amount in its currency, the rate
 * and its source, the US dollars, the Administrative Agent fee and the net, and what the agreement
 * would still have open. Computed by the same conversion the desk records with.
 */
public record DepositPreview(
        String agreementReference,
        String currency,
        BigDecimal amount,
        BigDecimal unitsPerUsd,
        LocalDate rateDate,
        String rateSource,
        BigDecimal usdAmount,
        BigDecimal feeUsd,
        BigDecimal netUsd,
        BigDecimal remainingAfter) {}
