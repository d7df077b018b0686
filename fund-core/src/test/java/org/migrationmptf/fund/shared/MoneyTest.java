package org.migrationmptf.fund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void amountsAreKeptAtTwoDecimalsSoEqualAmountsAreEqual() {
        assertThat(Money.of("5000000", EUR)).isEqualTo(Money.of("5000000.00", EUR));
        assertThat(Money.of("12.5", EUR).amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
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
}
