package org.migrationmptf.fund.contribution.api;

import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Where Administrative Agent finance records deposits and verifies each other's. Every attempt,
 * done or refused, is on the audit trail.
 */
public interface DepositDesk {

    /**
     * Records money received on a signed agreement; it stays pending until another finance user
     * verifies it.
     *
     * @param expectedAgreementVersion the agreement version the caller saw (If-Match), if sent
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation e.g. {@code deposit-exceeds-commitment},
     *     {@code closed-period}, {@code no-exchange-rate}
     */
    DepositView record(
            long agreementId, DepositRequest request, OptionalLong expectedAgreementVersion, AuthenticatedUser maker);

    /**
     * Verifies a recorded deposit and posts it, with its fee, in one transaction.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code maker-checker} if the checker
     *     recorded it
     * @throws org.migrationmptf.fund.shared.ConflictingState {@code already-posted} if it was verified
     *     meanwhile
     */
    DepositView verify(long depositId, OptionalLong expectedVersion, AuthenticatedUser checker);

    /**
     * Rejects a recorded deposit (a different finance user than the maker, with a reason): it never
     * posts and frees its room in the agreement.
     */
    DepositView reject(long depositId, String reason, OptionalLong expectedVersion, AuthenticatedUser checker);
}
