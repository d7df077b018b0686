package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * An allocation as the secretariat prepares it: to a programme and one of its PUNOs, in USD, citing
 * the Steering Committee decision; charged to the programme's thematic area unless another is named.
 */
public record AllocationRequest(
        String programme, String puno, String thematicArea, BigDecimal amount, String decision) {}
