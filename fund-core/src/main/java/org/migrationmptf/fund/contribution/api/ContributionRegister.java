package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
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

    /**
     * The contributors page for staff, one slice sorted and filtered in the database: {@code filter}
     * matches code or name (any case); sort keys {@code code}, {@code name}, {@code agreements},
     * {@code depositedUsd}, {@code feeUsd}. A contributor's user gets only its own line.
     */
    Page<ContributorRow> contributorRoll(String filter, PageRequest page, LocalDate asOf, AuthenticatedUser viewer);

    /** The sort keys {@link #contributorRoll} accepts. */
    java.util.Set<String> CONTRIBUTOR_ROLL_SORTS =
            java.util.Set.of("code", "name", "agreements", "depositedUsd", "feeUsd");

    /** A contributor's deposits, one slice (sort keys {@code receivedOn}, {@code usdAmount}, {@code status}). */
    Page<DepositView> depositsOfContributor(String contributorCode, PageRequest page, AuthenticatedUser viewer);

    /** A contributor's posted deposits in US dollars per year of value date, every year from its first to {@code asOf}'s. */
    java.util.SortedMap<Integer, BigDecimal> depositsPerYear(
            String contributorCode, LocalDate asOf, AuthenticatedUser viewer);

    /** A contributor's version (its ETag; it moves when it is renamed). */
    long contributorVersion(String code);

    ContributorDetail contributor(String code, LocalDate asOf, Optional<AuthenticatedUser> viewer);

    List<AgreementView> agreementsOf(String contributorCode, LocalDate asOf, AuthenticatedUser viewer);

    AgreementView agreement(long id, LocalDate asOf, AuthenticatedUser viewer);

    /**
     * Every agreement signed by {@code asOf}, oldest first, a page at a time, for the fund's staff (a
     * contributor's user gets its own only): what the IATI export reads as incoming commitments.
     */
    Page<AgreementView> agreements(LocalDate asOf, PageRequest page, AuthenticatedUser viewer);

    /**
     * Each contributor's posted deposits received {@code from} to {@code to} (both included), in USD,
     * by contributor code, in one statement: the annual report's contributions table. Staff only (a
     * contributor's user gets its own line).
     */
    List<ContributorDeposits> depositsBetween(LocalDate from, LocalDate to, AuthenticatedUser viewer);

    /**
     * Every contributor's posted deposits received up to {@code asOf}, in USD: public figures (the
     * transparency page's contributions by contributor), one statement.
     */
    List<ContributorDeposits> depositedThrough(LocalDate asOf);

    List<DepositView> depositsOf(long agreementId, AuthenticatedUser viewer);

    List<DepositView> depositsOfContributor(String contributorCode, AuthenticatedUser viewer);

    DepositView deposit(long id, AuthenticatedUser viewer);

    /** Deposits of all contributors (staff only), optionally in one status, newest first by default. */
    Page<DepositView> deposits(Optional<DepositStatus> status, PageRequest page, AuthenticatedUser viewer);

    /**
     * What recording this deposit would give (rate, US dollars, fee, what stays open), refused for the
     * same reasons recording it would be; writes nothing. For those who may record deposits.
     */
    DepositPreview previewDeposit(long agreementId, DepositRequest request, AuthenticatedUser viewer);

    List<PledgeView> pledges(Optional<String> contributorCode);

    ContributorStatement statement(String contributorCode, LocalDate from, LocalDate to, AuthenticatedUser viewer);
}
