package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * What a transfer instruction to one PUNO of a programme may be, as the preparation checks it: the
 * approved allocations, what is already instructed or transferred, the room left, the expenditure
 * reported, what the next tranche needs spent ({@code threshold} x instructed) and whether it may go.
 */
public record TrancheRoom(
        String programme,
        String puno,
        BigDecimal allocated,
        BigDecimal instructed,
        BigDecimal room,
        BigDecimal spent,
        BigDecimal threshold,
        BigDecimal neededSpent,
        boolean nextTrancheAllowed,
        int nextTranche) {}
