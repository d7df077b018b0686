package org.migrationmptf.fund.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.programme.api.FundingStatus;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;

/** Invariants 7, 8 and 10 as rules of the programme domain, with amounts worked out by hand. */
class ProgrammeRulesTest {

    private static ProgrammeBudget.Line line(String puno, String category, int year, String usd) {
        return new ProgrammeBudget.Line(puno, category, year, Money.usd(usd));
    }

    @Test
    void theIscLineIsSevenPercentOfEachPunosDirectCostsToTheCent() {
        ProgrammeBudget budget = ProgrammeBudget.of(
                List.of(
                        line("IOM", "1", 2026, "120000.00"),
                        line("IOM", "5", 2026, "15333.33"),
                        line("IOM", "1", 2027, "80000.00"),
                        line("UNDP", "4", 2026, "50000.00")),
                Map.of("UNDP", new BigDecimal("0.05")));

        // IOM: 215,333.33 direct x 7 % = 15,073.3331 -> 15,073.33
        assertThat(budget.directCosts("IOM")).isEqualTo(Money.usd("215333.33"));
        assertThat(budget.indirectSupportCosts("IOM")).isEqualTo(Money.usd("15073.33"));
        assertThat(budget.total("IOM")).isEqualTo(Money.usd("230406.66"));
        // UNDP at its own 5 %: 50,000.00 -> 2,500.00
        assertThat(budget.indirectSupportCosts("UNDP")).isEqualTo(Money.usd("2500.00"));
        assertThat(budget.total()).isEqualTo(Money.usd("282906.66"));
        assertThat(budget.punos()).containsExactly("IOM", "UNDP");
    }

    @Test
    void anIscRateAboveSevenPercentIsRefusedNamingThePuno() {
        List<ProgrammeBudget.Line> lines = List.of(line("ILO", "1", 2026, "100000.00"));

        assertThatThrownBy(() -> ProgrammeBudget.of(lines, Map.of("ILO", new BigDecimal("0.0701"))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("ILO")
                .hasMessageContaining("7.01 %")
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("isc-above-ceiling");
        assertThat(ProgrammeBudget.of(lines, Map.of("ILO", new BigDecimal("0.07")))
                        .indirectSupportCosts("ILO"))
                .isEqualTo(Money.usd("7000.00"));
    }

    @Test
    void statedIscOneCentAboveSevenPercentIsRefusedAndExactlySevenPercentIsAccepted() {
        Money direct = Money.usd("100000.00");

        ProgrammeBudget.requireIscWithinCeiling("IOM", direct, Money.usd("7000.00"));
        assertThatThrownBy(() -> ProgrammeBudget.requireIscWithinCeiling("IOM", direct, Money.usd("7000.01")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("USD 7000.01, above 7 % of USD 100000.00 (USD 7000.00)");
    }

    @Test
    void theIscLineIsComputedNeverEnteredAndLinesAreUsdAndNotNegative() {
        assertThatThrownBy(() -> line("IOM", "ISC", 2026, "7000.00")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> line("IOM", "8", 2026, "1.00")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> line("IOM", "1", 2026, "-1.00")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ProgrammeBudget.Line(
                        "IOM", "1", 2026, Money.of("1.00", org.migrationmptf.fund.shared.CurrencyCode.of("EUR"))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aProgrammeMovesOnlyAlongItsLifecycle() {
        assertThat(ProgrammeStatus.PIPELINE.moveTo(ProgrammeStatus.APPROVED)).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(ProgrammeStatus.ACTIVE.moveTo(ProgrammeStatus.SUSPENDED)).isEqualTo(ProgrammeStatus.SUSPENDED);
        assertThat(ProgrammeStatus.SUSPENDED.moveTo(ProgrammeStatus.ACTIVE)).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(ProgrammeStatus.OPERATIONALLY_CLOSED.moveTo(ProgrammeStatus.FINANCIALLY_CLOSED))
                .isEqualTo(ProgrammeStatus.FINANCIALLY_CLOSED);

        assertThatThrownBy(() -> ProgrammeStatus.PIPELINE.moveTo(ProgrammeStatus.ACTIVE))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("PIPELINE cannot become ACTIVE");
        assertThatThrownBy(() -> ProgrammeStatus.ACTIVE.moveTo(ProgrammeStatus.FINANCIALLY_CLOSED))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> ProgrammeStatus.FINANCIALLY_CLOSED.moveTo(ProgrammeStatus.ACTIVE))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("nothing else");
        // every status but the last has a way forward, and none leads back to the pipeline
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            assertThat(status.mayMoveTo(ProgrammeStatus.PIPELINE)).isFalse();
            assertThat(status.mayMoveTo(status)).isFalse();
        }
    }

    @Test
    void netFundedIsTransfersLessRefundsAndTheDeliveryRateIsExpenditureOverIt() {
        FundingStatus status =
                new FundingStatus(Money.usd("1250000.00"), Money.usd("12500.00"), Money.usd("928125.00"));

        assertThat(status.netFunded()).isEqualTo(Money.usd("1237500.00"));
        // 928,125.00 / 1,237,500.00 = 0.75 exactly
        assertThat(status.deliveryRate()).contains(new BigDecimal("0.7500"));
        assertThat(status.overspent()).isFalse();
        assertThat(status.unspent()).isEqualTo(Money.usd("309375.00"));
    }

    @Test
    void aDeliveryRateAboveOneHundredPercentIsFlaggedNeverCapped() {
        FundingStatus status = new FundingStatus(Money.usd("300000.00"), Money.usd("0.00"), Money.usd("301234.56"));

        // 301,234.56 / 300,000.00 = 1.0041152 -> 1.0041
        assertThat(status.deliveryRate()).contains(new BigDecimal("1.0041"));
        assertThat(status.overspent()).isTrue();
        assertThat(status.unspent()).isEqualTo(Money.usd("-1234.56"));
        assertThat(new FundingStatus(Money.usd("0.00"), Money.usd("0.00"), Money.usd("0.00")).deliveryRate())
                .isEmpty();
    }

    @Test
    void financialClosureNeedsTheFinalReportAndARefundAboveUsd250() {
        FundingStatus unspent251 = new FundingStatus(Money.usd("500000.00"), Money.usd("0.00"), Money.usd("499749.00"));
        FundingStatus unspent250 = new FundingStatus(Money.usd("500000.00"), Money.usd("0.00"), Money.usd("499750.00"));
        FundingStatus refunded = new FundingStatus(Money.usd("500000.00"), Money.usd("251.00"), Money.usd("499749.00"));

        assertThatThrownBy(() -> FinancialClosure.require("IOM", false, unspent250))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("final-report-missing");
        assertThatThrownBy(() -> FinancialClosure.require("IOM", true, unspent251))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("USD 251.00 unspent");
        FinancialClosure.require("IOM", true, unspent250);
        FinancialClosure.require("IOM", true, refunded);
    }
}
