package org.migrationmptf.fund.reports.api;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The Gateway's Funding Status of the fund as of any date, computed from the ledger's maintained
 * balances and the PUNOs' expenditure position (a fixed number of statements whatever the ledger's
 * size), as data and as PDF/A, XLSX and CSV with the same figures. Every file generated is entered in
 * the report register; once the months through its date are certified, the first file generated is
 * the one served from then on.
 */
public interface FundingStatusReports {

    FundingStatusStatement statement(LocalDate asOf);

    /** A line's label as the files print it, in that language: the page uses the same words. */
    String label(org.migrationmptf.fund.reports.funding.FundingStatus.Line line, Locale locale);

    /** A section's heading as the files print it. */
    String heading(org.migrationmptf.fund.reports.funding.FundingStatus.Section section, Locale locale);

    RenderedReport render(LocalDate asOf, ReportFormat format, Locale locale, String requestedBy);
}
