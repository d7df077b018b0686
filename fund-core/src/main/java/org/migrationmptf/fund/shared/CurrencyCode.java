package org.migrationmptf.fund.shared;

import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO 4217 alphabetic currency code such as {@code USD} or {@code EUR}, with its minor units
 * (the number of decimals its amounts carry: JPY 0, EUR 2, KWD 3), as ISO 4217 states them. Whether
 * the fund accepts a currency is reference data (table {@code currency}, whose {@code minor_units}
 * column a test compares with these), not a property of the code.
 */
public record CurrencyCode(String value) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    /** The fund's reporting currency: every report and the whole ledger are in US dollars. */
    public static final CurrencyCode USD = new CurrencyCode("USD");

    public CurrencyCode {
        Objects.requireNonNull(value, "currency code");
        if (!ISO_4217.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: '" + value + "'");
        }
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value);
    }

    /**
     * The decimals of an amount in this currency.
     *
     * @throws IllegalArgumentException for a code ISO 4217 does not define, or one without minor units
     *     (precious metals, testing codes): the fund holds no money in those
     */
    public int minorUnits() {
        int digits;
        try {
            digits = Currency.getInstance(value).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(value + " is not an ISO 4217 currency", e);
        }
        if (digits < 0) {
            throw new IllegalArgumentException(value + " has no minor units; the fund holds no money in it");
        }
        return digits;
    }

    @Override
    public String toString() {
        return value;
    }
}
