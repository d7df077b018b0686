package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A direct cost: PENDING until a fund approver decides it, then POSTED (with its entry) or REJECTED. */
public record DirectCostView(
        long id,
        String decision,
        String description,
        BigDecimal amount,
        LocalDate valueDate,
        String status,
        String preparedBy,
        String decidedBy,
        String rejectionReason,
        Long journalEntry,
        long version) {}
