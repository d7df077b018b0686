package org.migrationmptf.fund.contribution.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Reads of the contribution register. Public figures (contributors and their deposited totals,
 * pledges) need no viewer; everything else is scoped: a contributor's user sees only its own
 * contributor, and asking for anything else is {@link org.migrationmptf.fund.shared.NotFound}, exactly
 * as if it did not exist.
 */
public interface ContributionRegister {

    List<ContributorSummary> contributors();

    /** A contributor's version (its ETag; it moves when it is renamed). */
    long contributorVersion(String code);

    ContributorDetail contributor(String code, LocalDate asOf, Optional<AuthenticatedUser> viewer);

    List<AgreementView> agreementsOf(String contributorCode, LocalDate asOf, AuthenticatedUser viewer);

    AgreementView agreement(long id, LocalDate asOf, AuthenticatedUser viewer);

    List<DepositView> depositsOf(long agreementId, AuthenticatedUser viewer);

    List<DepositView> depositsOfContributor(String contributorCode, AuthenticatedUser viewer);

    DepositView deposit(long id, AuthenticatedUser viewer);

    /** Deposits of all contributors (staff only), optionally in one status, newest first by default. */
    Page<DepositView> deposits(Optional<DepositStatus> status, PageRequest page, AuthenticatedUser viewer);

    List<PledgeView> pledges(Optional<String> contributorCode);

    ContributorStatement statement(String contributorCode, LocalDate from, LocalDate to, AuthenticatedUser viewer);
}
