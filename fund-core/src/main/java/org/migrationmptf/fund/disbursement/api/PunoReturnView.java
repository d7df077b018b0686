package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money a PUNO returned (a refund or interest), as recorded and posted. */
public record PunoReturnView(
        long id,
        ReturnKind kind,
        String programme,
        String puno,
        BigDecimal amount,
        LocalDate valueDate,
        String reference,
        long journalEntry,
        String recordedBy) {}
