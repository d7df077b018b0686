package org.migrationmptf.fund.reports.tables;

import java.util.Objects;

/**
 * A column of a downloaded table: its header and what its cells hold. Amounts carry their decimals
 * ({@code scale}: 2 for US dollars, 0 for yen, 6 for rates), so a spreadsheet shows them as the page
 * does while the cell keeps the exact number.
 */
public record Column(String header, Kind kind, int scale) {

    /** What a column's cells hold. */
    public enum Kind {
        /** Text, written as is (a leading {@code = + - @} is defused in CSV, see {@link Csv}). */
        TEXT,
        /** A decimal number: a {@link java.math.BigDecimal}, written plain in CSV and numeric in XLSX. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** A {@link java.time.LocalDate}, ISO in CSV and a date cell in XLSX. */
        DATE,
        /** An {@link java.time.Instant}, ISO-8601 UTC in CSV and a date-time cell (UTC) in XLSX. */
        INSTANT;

        /** Whether a cell value fits this kind. */
        boolean accepts(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String;
                case NUMBER -> value instanceof java.math.BigDecimal;
                case INTEGER -> value instanceof Integer || value instanceof Long;
                case DATE -> value instanceof java.time.LocalDate;
                case INSTANT -> value instanceof java.time.Instant;
            };
        }
    }

    /**
     * The scale of a column whose amounts are in several currencies: each cell keeps the decimals its
     * amount carries (its currency's minor units), {@code JPY 150000} beside {@code EUR 1250.50}.
     */
    public static final int AS_HELD = -1;

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (scale < AS_HELD) {
            throw new IllegalArgumentException("scale must be 0 or more, or AS_HELD");
        }
    }

    /** Amounts in the currencies of their rows, each at the decimals it carries. */
    public static Column amountAsHeld(String header) {
        return new Column(header, Kind.NUMBER, AS_HELD);
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT, 0);
    }

    /** US dollars, or any amount with two decimals. */
    public static Column amount(String header) {
        return new Column(header, Kind.NUMBER, 2);
    }

    public static Column number(String header, int scale) {
        return new Column(header, Kind.NUMBER, scale);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER, 0);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE, 0);
    }

    public static Column instant(String header) {
        return new Column(header, Kind.INSTANT, 0);
    }
}
