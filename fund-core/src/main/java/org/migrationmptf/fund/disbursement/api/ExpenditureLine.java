package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * Expenditure of one year in one UN budget category (1-7, or ISC for indirect support costs), in
 * USD; {@code source} names where it came from for error messages ({@code line 4} of an upload), and
 * {@code unreadable} says why a line of a file could not even be read, so that it is reported with
 * every other bad line at once.
 */
public record ExpenditureLine(String source, Integer year, String category, BigDecimal amount, String unreadable) {

    public ExpenditureLine(String source, Integer year, String category, BigDecimal amount) {
        this(source, year, category, amount, null);
    }

    /** A line of a file that is not a line of expenditure, and why. */
    public static ExpenditureLine unreadable(String source, String why) {
        return new ExpenditureLine(source, null, null, null, why);
    }
}
