package org.migrationmptf.fund.disbursement.api;

/** What a PUNO returns to the fund; keep in step with {@code ck_puno_return_kind}. */
public enum ReturnKind {
    /** An unspent balance refunded: funds with PUNOs go down. */
    REFUND,
    /** Interest the PUNO earned on the fund's money, passed back: revenue of the fund. */
    INTEREST
}
