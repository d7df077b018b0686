package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money received on an agreement: value date, amount and currency as credited, and, when the bank
 * converted it, the US dollars it actually credited (then that is the rate's source; otherwise the
 * UN operational rate of the month applies) and, if its advice stated one, the bank's rate (units
 * of the currency per US dollar), kept as stated beside the credited dollars, which decide.
 */
public record DepositRequest(
        LocalDate receivedOn,
        BigDecimal amount,
        String currency,
        BigDecimal usdReceived,
        BigDecimal bankStatedRate,
        String bankReference) {

    public DepositRequest(
            LocalDate receivedOn, BigDecimal amount, String currency, BigDecimal usdReceived, String bankReference) {
        this(receivedOn, amount, currency, usdReceived, null, bankReference);
    }
}
