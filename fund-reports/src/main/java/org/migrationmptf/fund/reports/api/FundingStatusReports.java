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

    RenderedReport render(LocalDate asOf, ReportFormat format, Locale locale, String requestedBy);
}
