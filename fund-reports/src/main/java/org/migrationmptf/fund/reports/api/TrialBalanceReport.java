package org.migrationmptf.fund.reports.api;

import java.util.Locale;
import org.migrationmptf.fund.ledger.api.TrialBalance;

/** The trial balance as a PDF: the rows and totals of the page and the API, in the reader's language. */
public interface TrialBalanceReport {

    RenderedReport pdf(TrialBalance trialBalance, String requestedBy, Locale locale);
}
