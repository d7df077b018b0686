package org.migrationmptf.fund.disbursement.domain;

import java.math.BigDecimal;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

/**
 * When a PUNO may receive its next tranche: the tranches it already received for the programme
 * must be spent, by reported expenditure, to at least the threshold (70 % unless the fund sets
 * another). The first tranche needs nothing spent. Compared exactly: USD 699.99 of 1,000.00 is not
 * 70 %.
 */
public record TrancheRule(BigDecimal threshold) {

    public static final TrancheRule DEFAULT = new TrancheRule(new BigDecimal("0.70"));

    public TrancheRule {
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a tranche threshold lies in (0, 1], not " + threshold);
        }
    }

    /** Whether a further tranche may go to a PUNO that received {@code transferred} and reported {@code spent}. */
    public boolean allowsNextTranche(Money transferred, Money spent) {
        requireUsd(transferred);
        requireUsd(spent);
        return !transferred.isPositive()
                || spent.amount().compareTo(transferred.amount().multiply(threshold)) >= 0;
    }

    /** Refuses a further tranche before the earlier ones are spent to the threshold, saying how far they are. */
    public void requireNextTrancheAllowed(String puno, Money transferred, Money spent) {
        if (!allowsNextTranche(transferred, spent)) {
            Money needed = Money.rounded(transferred.amount().multiply(threshold), CurrencyCode.USD);
            throw new DomainRuleViolation(
                    "tranche-before-spending",
                    puno + " has reported USD " + spent.amount().toPlainString() + " spent of the USD "
                            + transferred.amount().toPlainString() + " transferred; a next tranche needs "
                            + threshold.movePointRight(2).stripTrailingZeros().toPlainString() + " % (USD "
                            + needed.amount().toPlainString() + ") spent");
        }
    }

    private static void requireUsd(Money money) {
        if (!money.currency().equals(CurrencyCode.USD)) {
            throw new IllegalArgumentException("tranches are compared in USD, not " + money.currency());
        }
    }
}
