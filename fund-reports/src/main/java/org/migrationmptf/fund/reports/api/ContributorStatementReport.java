package org.migrationmptf.fund.reports.api;

import org.migrationmptf.fund.contribution.api.ContributorStatement;

/** The contributor statement as PDF (JasperReports): the figures of {@link ContributorStatement}. */
public interface ContributorStatementReport {

    RenderedReport pdf(ContributorStatement statement, String requestedBy);
}
