package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A public pledge (a memo, never posted) with what became of it: the agreement that fulfils it, the
 * amount signed and the amount paid so far, in the pledge's currency when the agreement is in it.
 */
public record PledgeView(
        long id,
        String contributorCode,
        String contributorName,
        String event,
        LocalDate pledgedOn,
        String currency,
        BigDecimal pledged,
        String agreementReference,
        BigDecimal signed,
        BigDecimal paid) {}
