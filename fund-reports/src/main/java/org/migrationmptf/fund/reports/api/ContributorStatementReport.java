package org.migrationmptf.fund.reports.api;

import java.time.LocalDate;
import java.util.Locale;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * The contributor statement of a period: the contribution side's figures (agreements, schedule and
 * arrears, deposits with rate and fee, the fund's position) completed with how the fund used the
 * donor's money (its share of each pool's allocations, transfers and reported expenditure, from the
 * money trail) and the whole of its earmarked areas' use; as PDF/A, XLSX or CSV, entered in the
 * report register like every report.
 */
public interface ContributorStatementReport {

    /**
     * @throws org.migrationmptf.fund.shared.NotFound for a contributor the viewer may not see
     */
    RenderedReport render(
            String contributorCode,
            LocalDate from,
            LocalDate to,
            ReportFormat format,
            Locale locale,
            AuthenticatedUser viewer);
}
