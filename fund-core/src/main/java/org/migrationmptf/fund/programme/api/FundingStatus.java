package org.migrationmptf.fund.programme.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.migrationmptf.fund.shared.Money;

/**
 * What a programme (or one PUNO of it) received and spent, in US dollars: net funded = transfers -
 * refunds, delivery rate = expenditure / net funded (invariant 8). A rate above 100 % is flagged,
 * never capped: it is a finding for the fund, not a rounding.
 */
public record FundingStatus(Money transferred, Money refunded, Money expenditure) {

    /** Delivery rates are stated as a fraction at this scale (0.7512 = 75.12 %). */
    public static final int RATE_SCALE = 4;

    public FundingStatus {
        for (Money m : new Money[] {transferred, refunded, expenditure}) {
            if (!m.currency().equals(org.migrationmptf.fund.shared.CurrencyCode.USD)) {
                throw new IllegalArgumentException("funding figures are in USD, not " + m.currency());
            }
        }
    }

    public Money netFunded() {
        return transferred.minus(refunded);
    }

    /** Expenditure / net funded, HALF_EVEN at {@link #RATE_SCALE}; empty when nothing is net funded. */
    public Optional<BigDecimal> deliveryRate() {
        BigDecimal net = netFunded().amount();
        if (net.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(expenditure.amount().divide(net, RATE_SCALE, RoundingMode.HALF_EVEN));
    }

    /** More reported as spent than was net funded. */
    public boolean overspent() {
        return expenditure.isGreaterThan(netFunded());
    }

    /** Net funded and not (yet) reported as spent; negative when overspent. */
    public Money unspent() {
        return netFunded().minus(expenditure);
    }
}
