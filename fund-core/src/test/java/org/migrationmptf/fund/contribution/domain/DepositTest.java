package org.migrationmptf.fund.contribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

class DepositTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @Test
    void aEuroDepositIsConvertedAtTheStatedRateAndTheFeeIsOnePercentRoundedHalfEven() {
        // EUR 987,653.20 at 0.800000 EUR per USD = USD 1,234,566.50; 1 % = 12,345.665 -> 12,345.66 (half-even)
        ConvertedAmount converted = ConvertedAmount.atOperationalRate(
                Money.of("987653.20", EUR), new BigDecimal("0.800000"), LocalDate.of(2026, 11, 1));

        Deposit deposit = Deposit.record(7L, NOV_2, converted, "BANK-1", "finance", Instant.EPOCH);

        assertThat(deposit.usd()).isEqualTo(Money.usd("1234566.50"));
        assertThat(deposit.fee()).isEqualTo(Money.usd("12345.66"));
        assertThat(deposit.unitsPerUsd()).isEqualByComparingTo("0.800000");
        assertThat(deposit.rateSource()).isEqualTo("UN_OPERATIONAL");
        assertThat(deposit.rateDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(deposit.original()).isEqualTo(Money.of("987653.20", EUR));
    }

    @Test
    void halfACentRoundsToTheEvenCentBothWays() {
        assertThat(Deposit.feeOn(Money.usd("1234566.50"))).isEqualTo(Money.usd("12345.66"));
        assertThat(Deposit.feeOn(Money.usd("1234567.50"))).isEqualTo(Money.usd("12345.68"));
        assertThat(Deposit.feeOn(Money.usd("100.00"))).isEqualTo(Money.usd("1.00"));
    }

    @Test
    void bankProceedsFixTheDollarsAndTheRateIsDerivedFromThem() {
        ConvertedAmount converted = ConvertedAmount.fromBankProceeds(
                Money.of("1000000.00", CurrencyCode.of("GBP")), Money.usd("1281722.15"), NOV_2);

        assertThat(converted.usd()).isEqualTo(Money.usd("1281722.15"));
        assertThat(converted.unitsPerUsd()).isEqualByComparingTo("0.780200");
        assertThat(converted.source()).isEqualTo(ConvertedAmount.RateSource.BANK_PROCEEDS);
    }

    @Test
    void aPostedOrRejectedDepositCannotBeDecidedAgain() {
        Deposit posted = Deposit.record(
                7L, NOV_2, ConvertedAmount.sameCurrency(Money.usd("5000.00"), NOV_2), null, "finance", Instant.EPOCH);
        posted.posted("finance2", Instant.EPOCH, 1L, 2L);
        assertThat(posted.status()).isEqualTo(DepositStatus.POSTED);
        assertThatThrownBy(() -> posted.requireUndecided(0))
                .isInstanceOf(ConflictingState.class)
                .extracting(e -> ((ConflictingState) e).rule())
                .isEqualTo("already-posted");

        Deposit rejected = Deposit.record(
                7L, NOV_2, ConvertedAmount.sameCurrency(Money.usd("5000.00"), NOV_2), null, "finance", Instant.EPOCH);
        assertThatThrownBy(() -> rejected.rejected("finance2", " ", Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("rejection-reason-required");
        rejected.rejected("finance2", "wrong agreement", Instant.EPOCH);
        assertThatThrownBy(() -> rejected.posted("finance3", Instant.EPOCH, 1L, 2L))
                .isInstanceOf(ConflictingState.class)
                .extracting(e -> ((ConflictingState) e).rule())
                .isEqualTo("already-rejected");
    }

    @Test
    void aDepositIsDecidedOnlyAtTheVersionItsApprovalWasPreparedAt() {
        Deposit deposit = Deposit.record(
                7L, NOV_2, ConvertedAmount.sameCurrency(Money.usd("5000.00"), NOV_2), null, "finance", Instant.EPOCH);

        assertThatThrownBy(() -> deposit.requireUndecided(3))
                .isInstanceOf(ConflictingState.class)
                .extracting(e -> ((ConflictingState) e).rule())
                .isEqualTo("approval-outdated");
    }

    @Test
    void theRateTheBankStatedIsKeptAsStatedBesideTheDollarsItCredited() {
        ConvertedAmount converted = ConvertedAmount.fromBankProceeds(
                Money.of("1000000.000", CurrencyCode.of("KWD")),
                Money.usd("3254001.95"),
                NOV_2,
                new java.math.BigDecimal("0.30731"));

        Deposit deposit = Deposit.record(7L, NOV_2, converted, "NBK-1", "finance", Instant.EPOCH);

        assertThat(deposit.usd()).isEqualTo(Money.usd("3254001.95"));
        assertThat(deposit.unitsPerUsd()).isEqualByComparingTo("0.307314");
        assertThat(deposit.bankStatedRate()).isEqualByComparingTo("0.30731");
        assertThat(deposit.bankStatedRate().toPlainString()).isEqualTo("0.30731");
        assertThat(deposit.original()).isEqualTo(Money.of("1000000.000", CurrencyCode.of("KWD")));
    }

    @Test
    void aDepositWorthLessThanADollarIsRefused() {
        assertThatThrownBy(() -> Deposit.record(
                        7L,
                        NOV_2,
                        ConvertedAmount.sameCurrency(Money.usd("0.99"), NOV_2),
                        null,
                        "finance",
                        Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("at least USD 1.00");
    }
}
