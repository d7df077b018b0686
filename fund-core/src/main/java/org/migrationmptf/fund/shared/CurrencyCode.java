package org.migrationmptf.fund.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO 4217 alphabetic currency code such as {@code USD} or {@code EUR}. Whether the fund accepts
 * a currency is reference data (table {@code currency}), not a property of the code.
 */
public record CurrencyCode(String value) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    /** The fund's reporting currency: every report is in US dollars. */
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

    @Override
    public String toString() {
        return value;
    }
}
