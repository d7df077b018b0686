package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Where Administrative Agent finance posts the fund's own treasury events: interest its cash earned,
 * bank charges on its account, and the reversal of such an entry. Each is dated in the fund's range,
 * not in the future, and in an open period.
 */
public interface TreasuryDesk {

    /** Interest earned by the fund's cash: cash with the Administrative Agent against interest income. */
    JournalEntryView postInterest(LocalDate valueDate, BigDecimal amountUsd, String reference, AuthenticatedUser by);

    /** Bank charges: bank charges expense against cash with the Administrative Agent. */
    JournalEntryView postBankCharge(LocalDate valueDate, BigDecimal amountUsd, String reference, AuthenticatedUser by);

    /**
     * Cancels a posted interest or bank-charge entry with a new entry of swapped sides, dated {@code
     * reversedOn}: on or after the entry it reverses, not in the future, in an open period.
     */
    JournalEntryView reverse(long entryId, LocalDate reversedOn, String reason, AuthenticatedUser by);
}
