package org.migrationmptf.fund.reports.api;

import java.time.LocalDate;
import java.util.Locale;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * The audit trail of a period as a PDF/A for the auditors: the result of recomputing the whole hash
 * chain, the chain head at the end of the period, and every event of the period, read a page at a
 * time while the report fills. Entered in the report register like every report.
 */
public interface AuditTrailReports {

    RenderedReport pdf(LocalDate from, LocalDate to, Locale locale, AuthenticatedUser viewer);
}
