package org.migrationmptf.fund.reports.api;

import org.migrationmptf.fund.contribution.api.ContributorStatement;

/** The contributor statement as PDF (JasperReports): the figures of {@link ContributorStatement}. */
public interface ContributorStatementReport {

    /** The statement in the given language (English, French or Spanish; others fall back to English). */
    RenderedReport pdf(ContributorStatement statement, String requestedBy, java.util.Locale locale);
}
