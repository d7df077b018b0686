package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contribution agreement as its contributor and the fund's staff see it. Amounts are in the
 * agreement's currency: {@code commitment} = committed + amendments; {@code deposited} counts posted
 * deposits, {@code pending} recorded ones awaiting verification; {@code remaining} is what may still
 * be deposited; {@code arrears} is what instalments due by {@code asOf} left unpaid.
 */
public record AgreementView(
        long id,
        String reference,
        String contributorCode,
        String contributorName,
        LocalDate signedOn,
        String currency,
        BigDecimal committed,
        BigDecimal amendments,
        BigDecimal commitment,
        BigDecimal deposited,
        BigDecimal pending,
        BigDecimal remaining,
        BigDecimal arrears,
        LocalDate asOf,
        String fundWindow,
        String earmarkKind,
        String earmarkCode,
        List<Instalment> schedule,
        List<Amendment> amendmentHistory,
        long version) {

    /** An instalment of the payment schedule, and whether it is due and unpaid as of {@code asOf}. */
    public record Instalment(int number, LocalDate dueOn, BigDecimal amount, boolean inArrears) {}

    /** An amendment that raised or lowered the commitment. */
    public record Amendment(int number, LocalDate signedOn, BigDecimal change, String reason) {}
}
