package org.migrationmptf.fund.reports.api;

import java.util.Locale;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Where the money went, from the maintained balances (ledger positions, approved allocations, the
 * expenditure position): a fixed number of statements whatever the size of the fund. A contributor's
 * users follow their own deposits and contributor only; the fund's staff and auditors any, and areas.
 */
public interface MoneyTrails {

    /** @throws org.migrationmptf.fund.shared.NotFound for a deposit not posted or not the viewer's */
    MoneyTrail deposit(long id, AuthenticatedUser viewer);

    MoneyTrail contributor(String code, AuthenticatedUser viewer);

    MoneyTrail area(String code, AuthenticatedUser viewer);

    /** The trail as PDF/A (its steps indented), XLSX or CSV (one row a step, with its depth). */
    RenderedReport render(MoneyTrail trail, ReportFormat format, Locale locale, AuthenticatedUser viewer);

    /** A step's words as the PDF prints them ("Allocated · P1 · IOM · TA1"), for the page. */
    String label(MoneyTrail.Step step, Locale locale);

    /** A source's words as the PDF prints them. */
    String label(MoneyTrail.Source source, Locale locale);
}
