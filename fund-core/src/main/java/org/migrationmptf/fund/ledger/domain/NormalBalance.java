package org.migrationmptf.fund.ledger.domain;

/** The side on which an account's balance normally stands. */
public enum NormalBalance {
    DEBIT,
    CREDIT
}
