package org.migrationmptf.fund.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.disbursement.api.CategoryExpenditure;
import org.migrationmptf.fund.disbursement.api.GrantAllocation;
import org.migrationmptf.fund.reports.api.MoneyTrail.Kind;
import org.migrationmptf.fund.reports.api.MoneyTrail.Step;

/**
 * The money trail's arithmetic on a fund small enough to follow by hand: the unearmarked pool has
 * 1,000,000.00 of sources and 10,000.00 of costs; TA1 has 300,000.00 earmarked. P1/IOM is allocated
 * 500,000.00 in TA1 (300,000.00 from TA1's own money, 200,000.00 from the pool), half of it transferred,
 * 107,000.00 reported spent; P2/UNDP 200,000.00 in TA2 (all from the pool), all transferred, 50,000.00 spent.
 */
class TrailBuilderTest {

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    private static final TrailBuilder FUND = new TrailBuilder(
            new TrailBuilder.Fund(
                    Map.of("UNEARMARKED", usd("1000000.00"), "THEMATIC_AREA:TA1", usd("300000.00")),
                    Map.of("UNEARMARKED", usd("10000.00")),
                    List.of(
                            new GrantAllocation("P1", "IOM", "TA1", "PROGRAMMATIC", usd("500000.00")),
                            new GrantAllocation("P2", "UNDP", "TA2", "PROGRAMMATIC", usd("200000.00"))),
                    Map.of("P1|IOM", usd("250000.00"), "P2|UNDP", usd("200000.00")),
                    List.of(
                            new CategoryExpenditure("P1", "IOM", "1", usd("100000.00")),
                            new CategoryExpenditure("P1", "IOM", "ISC", usd("7000.00")),
                            new CategoryExpenditure("P2", "UNDP", "4", usd("50000.00"))),
                    Map.of("1", "Staff", "4", "Contractual services", "ISC", "Indirect support costs")),
            MoneyTrailReport.API_LINKS);

    @Test
    void anUnearmarkedDepositTakesItsShareOfEveryUseOfThePool() {
        Step pool = FUND.pool("UNEARMARKED", usd("100000.00")); // a tenth of the pool

        assertThat(pool.steps())
                .extracting(Step::kind, Step::code, Step::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.COSTS, "UNEARMARKED", usd("1000.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.ALLOCATION, "P1|IOM", usd("20000.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.ALLOCATION, "P2|UNDP", usd("20000.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNALLOCATED, "UNEARMARKED", usd("59000.00")));
        Step p1 = pool.steps().get(1);
        assertThat(p1.steps())
                .extracting(Step::kind, Step::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.TRANSFERRED, usd("10000.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.NOT_TRANSFERRED, usd("10000.00")));
        assertThat(p1.steps().get(0).steps())
                .extracting(Step::kind, Step::code, Step::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.EXPENDITURE, "1", usd("4000.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.EXPENDITURE, "ISC", usd("280.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNSPENT, "P1|IOM", usd("5720.00")));
        Step p2 = pool.steps().get(2);
        assertThat(p2.steps())
                .extracting(Step::kind, Step::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TRANSFERRED, usd("20000.00")));
        assertThat(p2.steps().get(0).steps())
                .extracting(Step::kind, Step::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.EXPENDITURE, usd("5000.00")),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNSPENT, usd("15000.00")));
        assertThat(pool.total(Kind.EXPENDITURE)).isEqualByComparingTo("9280.00");
        assertEveryStepIsTheSumOfItsSteps(pool);
    }

    @Test
    void anEarmarkedDepositFollowsItsAreasAllocationsOnly() {
        Step pool = FUND.pool("THEMATIC_AREA:TA1", usd("30000.00")); // a tenth of TA1's money

        // TA1's money pays 300,000.00 of P1's 500,000.00: a tenth of that is 30,000.00, nothing left
        assertThat(pool.steps())
                .extracting(Step::kind, Step::code, Step::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ALLOCATION, "P1|IOM", usd("30000.00")));
        assertThat(pool.steps().get(0).steps().get(0).amount()).isEqualByComparingTo("15000.00");
        assertEveryStepIsTheSumOfItsSteps(pool);
    }

    @Test
    void anAreasMoneyIsItsEarmarkedMoneyAndWhatItDrewFromThePool() {
        Step area = FUND.area("TA1");

        assertThat(area.amount()).isEqualByComparingTo("500000.00");
        assertThat(FUND.drawnFromPool("TA1")).isEqualByComparingTo("200000.00");
        assertThat(area.steps())
                .extracting(Step::kind, Step::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ALLOCATION, usd("500000.00")));
        assertThat(area.total(Kind.EXPENDITURE)).isEqualByComparingTo("107000.00");
        assertEveryStepIsTheSumOfItsSteps(area);
    }

    @Test
    void sharesRoundedToTheCentAddUpToTheAmountByLargestRemainders() {
        BigDecimal[] thirds =
                TrailBuilder.split(usd("100.00"), List.of(usd("100.00"), usd("100.00"), usd("100.00")), usd("300.00"));
        assertThat(thirds).containsExactly(usd("33.34"), usd("33.33"), usd("33.33"), usd("0.00"));

        BigDecimal[] parts = TrailBuilder.split(usd("0.05"), List.of(usd("1"), usd("2")), usd("7"));
        // exact 0.00714... and 0.01428...: together 0.0214 rounds to 0.02, the larger remainder gets the cent
        assertThat(parts).containsExactly(usd("0.01"), usd("0.01"), usd("0.03"));

        BigDecimal[] nothing = TrailBuilder.split(usd("12.34"), List.of(usd("5")), BigDecimal.ZERO);
        assertThat(nothing).containsExactly(usd("0.00"), usd("12.34"));
    }

    @Test
    void aDepositOfOddCentsStillAddsUpThroughEveryStep() {
        Step pool = FUND.pool("UNEARMARKED", usd("33333.33"));

        assertThat(pool.stepsTotal()).isEqualByComparingTo("33333.33");
        assertEveryStepIsTheSumOfItsSteps(pool);
    }

    private static void assertEveryStepIsTheSumOfItsSteps(Step step) {
        Stream.of(step).forEach(s -> {
            if (!s.steps().isEmpty()) {
                assertThat(s.stepsTotal()).as(s.kind() + " " + s.code()).isEqualByComparingTo(s.amount());
                s.steps().forEach(TrailBuilderTest::assertEveryStepIsTheSumOfItsSteps);
            }
            assertThat(s.amount().scale()).as("cents").isEqualTo(2);
        });
    }
}
