package org.migrationmptf.fund.contribution.api;

/**
 * Where a deposit stands: RECORDED by one finance user and awaiting a second one's approval; POSTED
 * to the ledger when approved; REJECTED (never posted, its room in the agreement freed). Keep in
 * step with {@code ck_deposit_status}.
 */
public enum DepositStatus {
    RECORDED,
    POSTED,
    REJECTED
}
