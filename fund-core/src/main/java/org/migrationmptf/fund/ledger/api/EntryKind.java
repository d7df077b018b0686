package org.migrationmptf.fund.ledger.api;

/** What a journal entry records; keep in step with {@code ck_journal_entry_kind}. */
public enum EntryKind {
    /** A contributor's deposit: cash with the Administrative Agent against contributions. */
    DEPOSIT,
    /** The Administrative Agent's 1 % fee on a deposit, booked with it. */
    AA_FEE,
    /** Interest and investment income earned by the fund's cash. */
    INTEREST,
    /** Bank charges on the fund's account. */
    BANK_CHARGE,
    /** Cancels an earlier entry line for line, sides swapped. */
    REVERSAL,
    /** A transfer to a Participating UN Organization: funds with PUNOs against cash with the AA. */
    TRANSFER,
    /** A PUNO's refund of an unspent balance: cash back with the AA against funds with PUNOs. */
    REFUND,
    /** Interest a PUNO earned on the fund's money and passed back to the fund. */
    PUNO_INTEREST,
    /** A direct cost the Steering Committee approved, paid out of the fund's cash. */
    DIRECT_COST
}
