package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A UN operational rate of exchange: units of a currency for one US dollar, for one month (effective
 * from its first day). Rates are set once; a deposit keeps its own copy of the rate it used.
 */
@Entity
@Table(name = "exchange_rate")
@IdClass(ExchangeRate.Key.class)
public class ExchangeRate {

    @Id
    @Column(name = "currency")
    private String currency;

    @Id
    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "units_per_usd", nullable = false)
    private BigDecimal unitsPerUsd;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    protected ExchangeRate() {}

    public ExchangeRate(String currency, YearMonth month, BigDecimal unitsPerUsd, String importedBy) {
        this.currency = currency;
        this.effectiveOn = month.atDay(1);
        this.unitsPerUsd = unitsPerUsd;
        this.importedBy = importedBy;
    }

    public String currency() {
        return currency;
    }

    public YearMonth month() {
        return YearMonth.from(effectiveOn);
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public BigDecimal unitsPerUsd() {
        return unitsPerUsd;
    }

    /** The composite key: currency and month. */
    public static class Key implements Serializable {
        private String currency;
        private LocalDate effectiveOn;

        public Key() {}

        public Key(String currency, LocalDate effectiveOn) {
            this.currency = currency;
            this.effectiveOn = effectiveOn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(currency, k.currency)
                    && Objects.equals(effectiveOn, k.effectiveOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, effectiveOn);
        }
    }
}
