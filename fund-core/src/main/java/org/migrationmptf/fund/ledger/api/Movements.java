package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;

/**
 * The debits and credits on one account up to a date for one value of a dimension, in USD: for
 * 1200 by PUNO or programme, what was transferred and refunded; for 4300 by PUNO, interest passed back.
 */
public record Movements(String key, BigDecimal debit, BigDecimal credit) {

    /** Which of a journal line's dimensions {@link Ledger#movements} groups by. */
    public enum Dimension {
        CONTRIBUTOR("contributor_code"),
        EARMARK("earmark"),
        PROGRAMME("programme_code"),
        PUNO("puno_code"),
        THEMATIC_AREA("thematic_area");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        /** The journal line's column (a constant, never user input). */
        public String column() {
            return column;
        }
    }

    /** Debits less credits. */
    public BigDecimal net() {
        return debit.subtract(credit);
    }
}
