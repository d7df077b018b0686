package org.migrationmptf.fund.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

class TrancheRuleTest {

    @Test
    void aSecondTrancheNeedsSeventyPercentOfTheFirstSpentToTheCent() {
        TrancheRule rule = TrancheRule.DEFAULT;
        Money first = Money.usd("400000.00");

        assertThat(rule.allowsNextTranche(Money.usd("0.00"), Money.usd("0.00"))).isTrue();
        assertThat(rule.allowsNextTranche(first, Money.usd("279999.99"))).isFalse();
        assertThat(rule.allowsNextTranche(first, Money.usd("280000.00"))).isTrue();
        assertThatThrownBy(() -> rule.requireNextTrancheAllowed("IOM", first, Money.usd("279999.99")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("USD 279999.99 spent of the USD 400000.00 transferred")
                .hasMessageContaining("70 % (USD 280000.00)")
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("tranche-before-spending");
    }

    @Test
    void theThresholdIsConfigurableWithinZeroToOneHundredPercent() {
        TrancheRule half = new TrancheRule(new BigDecimal("0.50"));

        assertThat(half.allowsNextTranche(Money.usd("1000.00"), Money.usd("500.00")))
                .isTrue();
        assertThat(half.allowsNextTranche(Money.usd("1000.00"), Money.usd("499.99")))
                .isFalse();
        assertThatThrownBy(() -> new TrancheRule(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrancheRule(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
