package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A signed agreement to register, with its payment schedule (instalments summing to the commitment). */
public record NewAgreement(
        String reference,
        String contributorCode,
        LocalDate signedOn,
        String currency,
        BigDecimal committed,
        String fundWindow,
        String earmarkKind,
        String earmarkCode,
        List<ScheduledInstalment> schedule) {

    /** An instalment: due date and amount. */
    public record ScheduledInstalment(LocalDate dueOn, BigDecimal amount) {}
}
