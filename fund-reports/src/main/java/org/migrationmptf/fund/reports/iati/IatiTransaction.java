package org.migrationmptf.fund.reports.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One flow as IATI 2.03 states it: the transaction type (11 incoming commitment, 1 incoming funds, 2
 * outgoing commitment, 3 disbursement, 4 expenditure), its date, the value in its currency with the
 * value date that converts it, a description, and the organisations it comes from or goes to (a
 * missing identifier leaves only the name).
 */
public record IatiTransaction(
        int type,
        String reference,
        LocalDate date,
        String currency,
        BigDecimal value,
        LocalDate valueDate,
        String description,
        Org provider,
        Org receiver) {

    /** An organisation: its IATI identifier if known, and its name. */
    public record Org(String ref, String name) {}

    public IatiTransaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueDate, "valueDate");
    }
}
