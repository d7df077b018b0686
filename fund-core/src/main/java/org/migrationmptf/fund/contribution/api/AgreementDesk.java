package org.migrationmptf.fund.contribution.api;

import org.migrationmptf.fund.access.api.AuthenticatedUser;

/** Registers signed contribution agreements. */
public interface AgreementDesk {

    AgreementView register(NewAgreement agreement, AuthenticatedUser by);
}
