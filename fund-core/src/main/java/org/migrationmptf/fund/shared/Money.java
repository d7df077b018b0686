package org.migrationmptf.fund.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency. Immutable; arithmetic only between amounts of the same
 * currency ({@link CurrencyMismatchException} otherwise).
 *
 * <p>The fund's money rules are stated here once: an amount carries exactly its currency's minor
 * units ({@link CurrencyCode#minorUnits()}: JPY 0, USD and most others 2, KWD 3), so {@code equals}
 * compares like with like; an amount given with more decimals than that is refused, never silently
 * rounded; and every rounding of a computed value (a conversion, a fee) is {@link
 * RoundingMode#HALF_EVEN}.
 */
public final class Money implements Comparable<Money> {

    /** Decimals of a US dollar amount: the ledger's and every report's. */
    public static final int USD_SCALE = 2;

    /** The one rounding rule of the fund (banker's rounding). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal amount;
    private final CurrencyCode currency;

    private Money(BigDecimal amount, CurrencyCode currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * The exact amount; more decimals than the currency has is an error, not a rounding.
     *
     * @throws IllegalArgumentException if the amount has more decimals than the currency's minor units
     */
    public static Money of(BigDecimal amount, CurrencyCode currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = currency.minorUnits();
        try {
            return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more decimals than " + currency + " has (" + scale + ")",
                    e);
        }
    }

    /**
     * The exact amount of a request's field, or a 400-style {@link InvalidInput} naming the field when
     * it has more decimals than its currency (say {@code 100.5} yen).
     */
    public static Money ofField(String field, BigDecimal amount, CurrencyCode currency) {
        Objects.requireNonNull(amount, field);
        int scale = currency.minorUnits();
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new InvalidInput(
                    "the request's " + field + " is not valid",
                    List.of(new InvalidInput.Issue(
                            field,
                            currency + " amounts have "
                                    + (scale == 0 ? "no decimals" : "at most " + scale + " decimals") + "; "
                                    + amount.toPlainString() + " has more")));
        }
        return of(amount, currency);
    }

    public static Money of(String amount, CurrencyCode currency) {
        return of(new BigDecimal(amount), currency);
    }

    public static Money usd(String amount) {
        return of(amount, CurrencyCode.USD);
    }

    public static Money zero(CurrencyCode currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /** Rounds a computed value (a conversion, a percentage) to the currency's minor units, half-even. */
    public static Money rounded(BigDecimal value, CurrencyCode currency) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        return new Money(value.setScale(currency.minorUnits(), ROUNDING), currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public CurrencyCode currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount times a factor (a rate or a percentage), rounded half-even to the currency's units. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** The larger of this and zero. */
    public Money atLeastZero() {
        return isNegative() ? zero(currency) : this;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** For example {@code EUR 1234.50}, {@code JPY 150000}, {@code KWD 12.345}. */
    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
