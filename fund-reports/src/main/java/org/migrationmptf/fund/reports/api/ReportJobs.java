package org.migrationmptf.fund.reports.api;

import java.time.LocalDate;
import java.util.Locale;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Long reports generated asynchronously on the server's managed executor (Jakarta Concurrency), with
 * their progress: a user starts one, follows it, and downloads the file when it is ready. A job is
 * its owner's only (anyone else gets NotFound), is kept an hour after it ends, and a user runs at
 * most {@link #RUNNING_PER_USER} at once.
 */
public interface ReportJobs {

    int RUNNING_PER_USER = 3;

    /** Starts the audit-trail report of a period; the same checks as the synchronous one, first. */
    ReportJob auditTrail(LocalDate from, LocalDate to, Locale locale, AuthenticatedUser viewer);

    /** Starts the consolidated annual report of a year in a format. */
    ReportJob annual(int year, ReportFormat format, Locale locale, AuthenticatedUser viewer);

    /** @throws org.migrationmptf.fund.shared.NotFound for a job not the viewer's, or gone */
    ReportJob job(String id, AuthenticatedUser viewer);

    /**
     * The finished file.
     *
     * @throws org.migrationmptf.fund.shared.ConflictingState while it is still running or if it failed
     */
    RenderedReport file(String id, AuthenticatedUser viewer);
}
