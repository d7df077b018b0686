package org.migrationmptf.fund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void euroAmountsAreKeptAtTwoDecimalsSoEqualAmountsAreEqual() {
        assertThat(Money.of("5000000", EUR)).isEqualTo(Money.of("5000000.00", EUR));
        assertThat(Money.of("12.5", EUR).amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void aEuroAmountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("10.005", EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.005");
    }

    @Test
    void computedValuesRoundHalfEven() {
        assertThat(Money.usd("0.25").times(new BigDecimal("0.1")).amount()).isEqualByComparingTo("0.02");
        assertThat(Money.usd("0.35").times(new BigDecimal("0.1")).amount()).isEqualByComparingTo("0.04");
        assertThat(Money.usd("1234567.85").times(new BigDecimal("0.01"))).isEqualTo(Money.usd("12345.68"));
        assertThat(Money.usd("1234567.50").times(new BigDecimal("0.01"))).isEqualTo(Money.usd("12345.68"));
        assertThat(Money.usd("1234566.50").times(new BigDecimal("0.01"))).isEqualTo(Money.usd("12345.66"));
    }

    @Test
    void arithmeticIsExactWithinOneCurrency() {
        Money sum = Money.of("0.10", EUR).plus(Money.of("0.20", EUR));
        assertThat(sum).isEqualTo(Money.of("0.30", EUR));
        assertThat(sum.minus(Money.of("0.40", EUR))).isEqualTo(Money.of("-0.10", EUR));
        assertThat(sum.minus(Money.of("0.40", EUR)).isNegative()).isTrue();
        assertThat(Money.of("3.00", EUR).negate()).isEqualTo(Money.of("-3.00", EUR));
    }

    @Test
    void currenciesNeverMixWithoutAConversion() {
        assertThatThrownBy(() -> Money.usd("1.00").plus(Money.of("1.00", EUR)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected USD but was EUR");
        assertThatThrownBy(() -> Money.usd("1.00").compareTo(Money.of("1.00", EUR)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void currencyCodesAreIso4217Alphabetic() {
        assertThat(CurrencyCode.of("NOK").value()).isEqualTo("NOK");
        assertThatThrownBy(() -> CurrencyCode.of("eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurrencyCode.of("EURO")).isInstanceOf(IllegalArgumentException.class);
    }

    private static final CurrencyCode JPY = CurrencyCode.of("JPY");
    private static final CurrencyCode KWD = CurrencyCode.of("KWD");

    @Test
    void anAmountCarriesItsCurrencysMinorUnitsYenNoneDinarsThree() {
        assertThat(Money.of("150000", JPY).amount()).isEqualTo(new BigDecimal("150000"));
        assertThat(Money.of("150000.000", JPY).amount().scale()).isZero();
        assertThat(Money.of("12.345", KWD).amount()).isEqualTo(new BigDecimal("12.345"));
        assertThat(Money.of("12.3", KWD).amount()).isEqualTo(new BigDecimal("12.300"));
        assertThat(Money.of("12.3", KWD).toString()).isEqualTo("KWD 12.300");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Money.of("100.5", JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofField("amount", new BigDecimal("100.5"), JPY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.issues()).singleElement().satisfies(i -> {
                            assertThat(i.field()).isEqualTo("amount");
                            assertThat(i.message()).contains("JPY amounts have no decimals");
                        }));
        assertThatThrownBy(() -> Money.ofField("committed", new BigDecimal("1.0001"), KWD))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.issues().get(0).message()).contains("at most 3 decimals"));
        assertThat(Money.ofField("amount", new BigDecimal("100.50"), EUR)).isEqualTo(Money.of("100.5", EUR));
        assertThat(Money.ofField("amount", new BigDecimal("100.000"), JPY)).isEqualTo(Money.of("100", JPY));
    }

    @Test
    void aConvertedYenOrDinarAmountGivesCentsInUsdAtHalfEven() {
        ConvertedAmount yen = ConvertedAmount.atOperationalRate(
                Money.of("150000000", JPY), new BigDecimal("151.250000"), java.time.LocalDate.of(2026, 3, 1));
        // 150,000,000 / 151.25 = 991,735.537... -> 991,735.54
        assertThat(yen.usd()).isEqualTo(Money.usd("991735.54"));
        ConvertedAmount dinars = ConvertedAmount.atOperationalRate(
                Money.of("100000.125", KWD), new BigDecimal("0.307000"), java.time.LocalDate.of(2026, 3, 1));
        // 100,000.125 / 0.307 = 325,733.3061... -> 325,733.31
        assertThat(dinars.usd()).isEqualTo(Money.usd("325733.31"));
    }

    @Test
    void aCodeIso4217DoesNotDefineHasNoMinorUnits() {
        assertThatThrownBy(() -> CurrencyCode.of("ABC").minorUnits())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an ISO 4217 currency");
        assertThatThrownBy(() -> CurrencyCode.of("XAU").minorUnits()).hasMessageContaining("no minor units");
    }
}
