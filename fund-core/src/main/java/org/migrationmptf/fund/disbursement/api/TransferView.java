package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer instruction (a tranche of a PUNO's allocation) and, once executed, its transfer: value
 * date, journal entry and who executed it. {@code version} is its ETag.
 */
public record TransferView(
        long id,
        String programme,
        String puno,
        String thematicArea,
        int tranche,
        BigDecimal amount,
        TransferStatus status,
        String preparedBy,
        Instant preparedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        LocalDate valueDate,
        Long journalEntry,
        String executedBy,
        long version) {}
