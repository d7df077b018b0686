package org.migrationmptf.fund.disbursement.api;

import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Where the secretariat prepares allocations (FUND_OFFICER). A different user approves or rejects
 * each through the approval mechanism ({@code /api/v1/approvals}); only then does it bind money.
 */
public interface AllocationDesk {

    /**
     * Prepares an allocation and opens its approval.
     *
     * @throws org.migrationmptf.fund.shared.InvalidInput a missing or malformed field
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code unknown-programme}, {@code
     *     programme-not-approved}, {@code not-a-puno-of-programme}, {@code decision-not-an-allocation},
     *     {@code allocation-above-budget}, {@code insufficient-available}
     */
    AllocationView prepare(AllocationRequest request, AuthenticatedUser maker);
}
