package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.Instant;

/** An allocation, its approval and who decided it; {@code version} is its ETag. */
public record AllocationView(
        long id,
        String programme,
        String puno,
        String thematicArea,
        String window,
        BigDecimal amount,
        String decision,
        AllocationStatus status,
        String preparedBy,
        Instant preparedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        long version) {}
