package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * An allocation as the secretariat prepares it: to a programme and one of its PUNOs, in USD, citing
 * the Steering Committee decision; charged to the programme's thematic area unless another is named,
 * in the programmatic window unless another {@code window} is named.
 */
public record AllocationRequest(
        String programme, String puno, String thematicArea, BigDecimal amount, String decision, String window) {

    /** The programmatic window's window code. */
    public static final String PROGRAMMATIC = "PROGRAMMATIC";

    /** In the programmatic window. */
    public AllocationRequest(String programme, String puno, String thematicArea, BigDecimal amount, String decision) {
        this(programme, puno, thematicArea, amount, decision, null);
    }
}
