package org.migrationmptf.fund.reports.api;

import java.util.Locale;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * The consolidated annual financial report of a year, from the ledger's maintained balances at the
 * two year ends and the deposit register, as data and as PDF/A, XLSX and CSV with the same figures,
 * entered in the report register (a certified year's files served from it, its PDF signed).
 */
public interface AnnualReports {

    AnnualStatement statement(int year, AuthenticatedUser viewer);

    RenderedReport render(int year, ReportFormat format, Locale locale, AuthenticatedUser viewer);
}
