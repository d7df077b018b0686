package org.migrationmptf.fund.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.disbursement.api.Availability;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/** The earmarking rule: an area's own money first, then the pool, less what every area drew from it. */
class AvailableFundsTest {

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void anAreaUsesItsEarmarkedMoneyFirstThenThePool() {
        // TA1 earmarked 990,000.00 net; pool 495,000.00; TA1 allocated 1,200,000.00 -> drew 210,000.00
        AvailableFunds funds = new AvailableFunds(
                Map.of("TA1", usd("990000.00"), "TA2", usd("99000.00")),
                usd("495000.00"),
                Map.of("TA1", usd("1200000.00"), "TA2", usd("50000.00")));

        Availability ta1 = funds.of("TA1");
        Availability ta2 = funds.of("TA2");
        Availability ta3 = funds.of("TA3");

        assertThat(funds.drawnFromPool()).isEqualTo(usd("210000.00"));
        assertThat(ta1.earmarkedRemaining()).isEqualTo(usd("0.00"));
        assertThat(ta1.available()).isEqualTo(usd("285000.00"));
        assertThat(ta2.earmarkedRemaining()).isEqualTo(usd("49000.00"));
        assertThat(ta2.available()).isEqualTo(usd("334000.00"));
        assertThat(ta3.earmarkedNet()).isEqualTo(usd("0.00"));
        assertThat(ta3.available()).isEqualTo(usd("285000.00"));
    }

    @Test
    void oneCentAboveIsRefusedAndExactlyTheAmountIsAccepted() {
        AvailableFunds funds =
                new AvailableFunds(Map.of("TA4", usd("99000.00")), usd("1234.56"), Map.of("TA4", usd("0.01")));

        assertThat(funds.of("TA4").available()).isEqualTo(usd("100234.55"));
        assertThatThrownBy(() -> funds.requireAvailable("TA4", usd("100234.56")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("USD 100234.55 available")
                .hasMessageContaining("exceeds it by USD 0.01")
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("insufficient-available");
        funds.requireAvailable("TA4", usd("100234.55"));
        AvailableFunds after =
                new AvailableFunds(Map.of("TA4", usd("99000.00")), usd("1234.56"), Map.of("TA4", usd("100234.56")));
        assertThat(after.of("TA4").available()).isEqualTo(usd("0.00"));
    }

    @Test
    void costsAfterAllocationsLeaveANegativeAvailableAndNothingMoreFits() {
        AvailableFunds funds = new AvailableFunds(Map.of(), usd("-25.00"), Map.of());

        assertThat(funds.of("TA5").available()).isEqualTo(usd("-25.00"));
        assertThatThrownBy(() -> funds.requireAvailable("TA5", usd("0.01"))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aWindowAllocatesOnlyItsOwnMoneyAndLeavesTheAreasAsTheyWere() {
        AvailableFunds funds = new AvailableFunds(
                Map.of("TA2", usd("1000.00")),
                usd("500.00"),
                Map.of(),
                Map.of("TECHNICAL_SUPPORT", usd("2475.00")),
                Map.of("TECHNICAL_SUPPORT", usd("475.00")));

        assertThat(funds.ofWindow("TECHNICAL_SUPPORT").available()).isEqualTo(usd("2000.00"));
        assertThat(funds.of("TA2").available()).isEqualTo(usd("1500.00"));
        assertThatThrownBy(() -> funds.requireAvailable("TA2", "TECHNICAL_SUPPORT", usd("2000.01")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("window TECHNICAL_SUPPORT has USD 2000.00 available")
                .hasMessageContaining("exceeds it by USD 0.01");
        funds.requireAvailable("TA2", "TECHNICAL_SUPPORT", usd("2000.00"));
        // the programmatic window never draws on the window's money: TA2 has 1,500.00, not 3,500.00
        assertThatThrownBy(() -> funds.requireAvailable("TA2", "PROGRAMMATIC", usd("1500.01")))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(funds.ofWindow("SOME_OTHER").available()).isEqualTo(usd("0.00"));
    }
}
