package org.migrationmptf.fund.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amount received in one currency and its US dollar value, with everything needed to redo the
 * conversion: the rate (units of the original currency for one US dollar, as the UN states its
 * operational rates), the date the rate applies to, and where the rate came from.
 *
 * <p>A UN operational rate converts by division, rounded half-even to cents. Actual bank proceeds
 * fix the US dollar amount; the rate is then derived from the two amounts and kept at {@value
 * #RATE_SCALE} decimals for the record, and the rate the bank stated on its advice, if it stated one,
 * is kept beside it exactly as stated ({@code bankStatedRate}, units per US dollar): it documents the
 * conversion but never overrides the US dollars credited.
 */
public record ConvertedAmount(
        Money original,
        Money usd,
        BigDecimal unitsPerUsd,
        LocalDate rateDate,
        RateSource source,
        BigDecimal bankStatedRate) {

    /** The most decimals of a rate as a bank states it. */
    public static final int STATED_RATE_MAX_SCALE = 10;

    /** Decimals of every stored rate. */
    public static final int RATE_SCALE = 6;

    /** Where the rate of a converted amount came from. */
    public enum RateSource {
        /** The amount was in US dollars: nothing to convert. */
        SAME_CURRENCY,
        /** The UN operational rate of exchange of the month. */
        UN_OPERATIONAL,
        /** The US dollars the bank actually credited. */
        BANK_PROCEEDS
    }

    public ConvertedAmount {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(unitsPerUsd, "unitsPerUsd");
        Objects.requireNonNull(rateDate, "rateDate");
        Objects.requireNonNull(source, "source");
        if (!usd.currency().equals(CurrencyCode.USD)) {
            throw new CurrencyMismatchException(CurrencyCode.USD, usd.currency());
        }
        if (unitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive");
        }
        if ((source == RateSource.SAME_CURRENCY) != original.currency().equals(CurrencyCode.USD)) {
            throw new IllegalArgumentException("only a US dollar amount is converted at SAME_CURRENCY");
        }
        unitsPerUsd = unitsPerUsd.setScale(RATE_SCALE, Money.ROUNDING);
        if (bankStatedRate != null) {
            if (source != RateSource.BANK_PROCEEDS) {
                throw new IllegalArgumentException("only bank proceeds carry the rate the bank stated");
            }
            if (bankStatedRate.signum() <= 0 || bankStatedRate.scale() > STATED_RATE_MAX_SCALE) {
                throw new IllegalArgumentException(
                        "a stated rate is positive with at most " + STATED_RATE_MAX_SCALE + " decimals");
            }
        }
    }

    public static ConvertedAmount sameCurrency(Money usd, LocalDate on) {
        return new ConvertedAmount(usd, usd, BigDecimal.ONE, on, RateSource.SAME_CURRENCY, null);
    }

    /** {@code original / unitsPerUsd}, rounded half-even to cents. */
    public static ConvertedAmount atOperationalRate(Money original, BigDecimal unitsPerUsd, LocalDate rateDate) {
        BigDecimal usd = original.amount().divide(unitsPerUsd, Money.USD_SCALE, Money.ROUNDING);
        return new ConvertedAmount(
                original, Money.of(usd, CurrencyCode.USD), unitsPerUsd, rateDate, RateSource.UN_OPERATIONAL, null);
    }

    /** The bank credited {@code usd} for {@code original}; the effective rate is derived and kept. */
    public static ConvertedAmount fromBankProceeds(Money original, Money usd, LocalDate valueDate) {
        return fromBankProceeds(original, usd, valueDate, null);
    }

    /**
     * The bank credited {@code usd} for {@code original} and stated {@code statedRate} (may be null) on
     * its advice; the effective rate is derived from the two amounts, the stated one kept as stated.
     */
    public static ConvertedAmount fromBankProceeds(
            Money original, Money usd, LocalDate valueDate, BigDecimal statedRate) {
        if (!usd.isPositive()) {
            throw new IllegalArgumentException("bank proceeds must be positive");
        }
        BigDecimal rate = original.amount().divide(usd.amount(), RATE_SCALE, RoundingMode.HALF_EVEN);
        return new ConvertedAmount(original, usd, rate, valueDate, RateSource.BANK_PROCEEDS, statedRate);
    }
}
