package org.migrationmptf.fund.disbursement.domain;

/** Something prepared by one user and decided by another through the approval mechanism. */
public interface FourEyesSubject {

    /**
     * Refuses a decision on a subject that was decided, or changed since it was prepared.
     *
     * @throws org.migrationmptf.fund.shared.ConflictingState {@code approval-outdated}
     */
    void requireUndecided(long preparedVersion);
}
