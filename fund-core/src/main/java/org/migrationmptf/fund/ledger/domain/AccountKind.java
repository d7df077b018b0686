package org.migrationmptf.fund.ledger.domain;

/** The classes of accounts of a fund's financial statements. */
public enum AccountKind {
    ASSET,
    LIABILITY,
    NET_ASSETS,
    REVENUE,
    EXPENSE
}
