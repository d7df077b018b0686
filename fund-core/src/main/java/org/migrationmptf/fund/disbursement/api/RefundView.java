package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A PUNO's refund of an unspent balance, as recorded and posted. */
public record RefundView(
        long id,
        String programme,
        String puno,
        BigDecimal amount,
        LocalDate valueDate,
        String reference,
        long journalEntry,
        String recordedBy) {}
