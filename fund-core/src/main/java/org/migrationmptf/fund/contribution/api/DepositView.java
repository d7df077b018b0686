package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deposit with its full conversion record: the original amount and currency, the rate (units of
 * the currency per US dollar), the rate's date and source, the US dollar amount, the 1 %
 * Administrative Agent fee and the net; who recorded it, who verified it, and the journal entries
 * its posting wrote; or, if a checker rejected it, why. While it is RECORDED it waits in the four-eyes
 * approvals ({@code DEPOSIT_POSTING}, subject = this deposit). Amounts in the original currency carry that currency's decimals
 * (JPY 0, KWD 3); US dollar amounts carry 2.
 */
public record DepositView(
        long id,
        long agreementId,
        String agreementReference,
        String contributorCode,
        LocalDate receivedOn,
        String currency,
        BigDecimal amount,
        BigDecimal unitsPerUsd,
        LocalDate rateDate,
        String rateSource,
        BigDecimal usdAmount,
        BigDecimal feeUsd,
        BigDecimal netUsd,
        String earmark,
        String bankReference,
        BigDecimal bankStatedRate,
        DepositStatus status,
        String recordedBy,
        Instant recordedAt,
        String verifiedBy,
        Instant verifiedAt,
        Long depositEntryId,
        Long feeEntryId,
        String rejectionReason,
        long version) {}
