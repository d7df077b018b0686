package org.migrationmptf.fund.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in one currency. Immutable; arithmetic only between amounts of the same
 * currency ({@link CurrencyMismatchException} otherwise).
 *
 * <p>The fund's money rules are stated here once: amounts carry {@value #SCALE} decimals and every
 * rounding is {@link RoundingMode#HALF_EVEN}. An amount given with more decimals than that is refused
 * rather than silently rounded, so {@code equals} compares like with like.
 */
public final class Money implements Comparable<Money> {

    /** Decimals of every stored amount. */
    public static final int SCALE = 2;

    /** The one rounding rule of the fund (banker's rounding). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal amount;
    private final CurrencyCode currency;

    private Money(BigDecimal amount, CurrencyCode currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * The exact amount; more than {@value #SCALE} decimals is an error, not a rounding.
     *
     * @throws IllegalArgumentException if the amount has more than two significant decimals
     */
    public static Money of(BigDecimal amount, CurrencyCode currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more than " + SCALE + " decimals", e);
        }
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

    /** Rounds a computed value (a conversion, a percentage) to the fund's scale, half-even. */
    public static Money rounded(BigDecimal value, CurrencyCode currency) {
        Objects.requireNonNull(value, "value");
        return new Money(value.setScale(SCALE, ROUNDING), Objects.requireNonNull(currency, "currency"));
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

    /** This amount times a factor (a rate or a percentage), rounded half-even to the fund's scale. */
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

    /** For example {@code EUR 1234.50}. */
    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
