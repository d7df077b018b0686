package org.migrationmptf.fund.ledger.api;

/** Codes of the chart's accounts that postings name (the chart itself is seeded by migration). */
public final class LedgerAccounts {

    public static final String CASH_WITH_AA = "1100";
    public static final String TRANSFERRED_TO_PUNOS = "1200";
    public static final String CONTRIBUTIONS = "4100";
    public static final String INTEREST_FROM_FUND = "4200";
    public static final String INTEREST_FROM_PUNOS = "4300";
    public static final String AA_FEE = "5100";
    public static final String DIRECT_COSTS = "5200";
    public static final String BANK_CHARGES = "5300";

    private LedgerAccounts() {}
}
