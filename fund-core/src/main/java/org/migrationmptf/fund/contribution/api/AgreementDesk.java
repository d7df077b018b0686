package org.migrationmptf.fund.contribution.api;

import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Registers signed contribution agreements. */
public interface AgreementDesk {

    AgreementView register(NewAgreement agreement, AuthenticatedUser by);

    /**
     * Registers a signed amendment that raises (positive) or lowers (negative) the commitment.
     *
     * @param expectedVersion the agreement version the caller saw (If-Match), if sent
     */
    AgreementView amend(
            long agreementId,
            java.time.LocalDate signedOn,
            java.math.BigDecimal change,
            String reason,
            java.util.OptionalLong expectedVersion,
            AuthenticatedUser by);
}
