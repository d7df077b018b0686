package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.audit.api.RegisteredReport;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.reports.api.AnnualReports;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The auditor's report catalogue: each report with its parameters and its downloads, and the register
 * of every report generated with its SHA-256, a database page at a time.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportRegister register;

    @Inject
    transient Clock clock;

    @Inject
    transient AnnualReports annual;

    @Inject
    transient CurrentUser currentUser;

    private Integer year;

    @Inject
    transient org.migrationmptf.fund.reports.api.ReportJobs jobs;

    private String jobId;
    private LocalDate jobFrom;
    private LocalDate jobTo;

    /** Starts the audit-trail report of the chosen period in the background; the page follows it. */
    public void startAuditTrail() {
        LocalDate to = jobTo == null ? getToday() : jobTo;
        LocalDate from = jobFrom == null ? to.withDayOfYear(1) : jobFrom;
        if (from.isAfter(to)) {
            PageCommands.refused(new InvalidInput(
                    "the period is not valid", List.of(new InvalidInput.Issue("from", "must be on or before to"))));
            return;
        }
        try {
            jobId = jobs.auditTrail(from, to, Languages.current(), currentUser.required())
                    .id();
        } catch (RuntimeException e) {
            PageCommands.refused(e);
        }
    }

    /** The job this page started, as it is now, or null before one was started. */
    public org.migrationmptf.fund.reports.api.ReportJob getJob() {
        if (jobId == null) {
            return null;
        }
        try {
            return jobs.job(jobId, currentUser.required());
        } catch (org.migrationmptf.fund.shared.NotFound gone) {
            jobId = null;
            return null;
        }
    }

    public boolean isJobRunning() {
        var job = getJob();
        return job != null && job.state() == org.migrationmptf.fund.reports.api.ReportJob.State.RUNNING;
    }

    public LocalDate getJobFrom() {
        return jobFrom == null ? getYearStart() : jobFrom;
    }

    public void setJobFrom(LocalDate jobFrom) {
        this.jobFrom = jobFrom;
    }

    public LocalDate getJobTo() {
        return jobTo == null ? getToday() : jobTo;
    }

    public void setJobTo(LocalDate jobTo) {
        this.jobTo = jobTo;
    }

    private PagedTable<RegisteredReport> table;

    public PagedTable<RegisteredReport> getRegister() {
        if (table == null) {
            ReportRegister reports = register;
            table = new PagedTable<>(reports::entries, Set.of(), null, true);
        }
        return table;
    }

    @Override
    public Optional<Sheet> sheet(String table) {
        return Optional.empty();
    }

    /** The annual report of the year asked for, in the format asked for, from the same service as the API. */
    @Override
    public Optional<RenderedReport> report(String table, String format) {
        if (!table.equals("annual") || !List.of("pdf", "xlsx", "csv").contains(format)) {
            return Optional.empty();
        }
        int asked = year == null ? getToday().getYear() - 1 : year;
        try {
            return Optional.of(annual.render(
                    asked,
                    ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)),
                    Languages.current(),
                    currentUser.required()));
        } catch (InvalidInput e) {
            PageCommands.refused(e);
            return Optional.empty();
        }
    }

    /** The years an annual report can be asked for, the latest first. */
    public List<Integer> getYears() {
        List<Integer> years = new java.util.ArrayList<>();
        for (int y = getToday().getYear(); y >= 2019; y--) {
            years.add(y);
        }
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getYearStart() {
        return getToday().withDayOfYear(1);
    }
}
