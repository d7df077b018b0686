package org.migrationmptf.fund.shared;

/** Thrown when two amounts in different currencies are combined without a conversion. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(CurrencyCode expected, CurrencyCode actual) {
        super("currency mismatch: expected " + expected + " but was " + actual);
    }
}
