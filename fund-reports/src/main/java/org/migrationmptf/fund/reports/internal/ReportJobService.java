package org.migrationmptf.fund.reports.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.api.AnnualReports;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.api.ReportJob;
import org.migrationmptf.fund.reports.api.ReportJobs;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.NotFound;

/**
 * Runs report jobs on the default managed executor and keeps them in memory: a job is short-lived
 * evidence of work in progress, not a record (the report register records every file it produces),
 * so a restart loses only what was still running, which the user starts again.
 */
@ApplicationScoped
class ReportJobService implements ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobService.class.getName());
    static final Duration KEPT = Duration.ofHours(1);

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditTrailPdf auditTrail;

    @Inject
    AnnualReports annual;

    @Inject
    Clock clock;

    /** A job's state, written by its worker and read by its owner's requests. */
    static final class Job {
        final String id;
        final String report;
        final String owner;
        final Instant startedAt;
        volatile int percent;
        volatile ReportJob.State state = ReportJob.State.RUNNING;
        volatile RenderedReport file;
        volatile String failure;
        volatile Instant finishedAt;

        Job(String id, String report, String owner, Instant startedAt) {
            this.id = id;
            this.report = report;
            this.owner = owner;
            this.startedAt = startedAt;
        }

        ReportJob view() {
            RenderedReport f = file;
            return new ReportJob(
                    id,
                    report,
                    state,
                    percent,
                    f == null ? null : f.fileName(),
                    f == null ? null : f.sha256(),
                    failure,
                    startedAt,
                    finishedAt);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Override
    public ReportJob auditTrail(LocalDate from, LocalDate to, Locale locale, AuthenticatedUser viewer) {
        if (!viewer.has(Role.AUDITOR)) {
            throw new NotFound("the audit trail report (it is for the auditors)");
        }
        return start(AuditTrailPdf.REPORT, viewer, progress -> auditTrail.pdf(from, to, locale, viewer, progress));
    }

    @Override
    public ReportJob annual(int year, ReportFormat format, Locale locale, AuthenticatedUser viewer) {
        annual.statement(year, viewer); // refuses a year out of range or a viewer who may not read it, now
        return start(AnnualReport.REPORT, viewer, progress -> {
            progress.accept(10);
            return annual.render(year, format, locale, viewer);
        });
    }

    /** Starts {@code work} for its owner; it reports its progress in percent to the consumer it gets. */
    ReportJob start(
            String report, AuthenticatedUser owner, Function<java.util.function.IntConsumer, RenderedReport> work) {
        Instant now = clock.instant();
        jobs.values()
                .removeIf(j -> j.finishedAt != null && j.finishedAt.plus(KEPT).isBefore(now));
        long running = jobs.values().stream()
                .filter(j -> j.owner.equals(owner.username()) && j.state == ReportJob.State.RUNNING)
                .count();
        if (running >= RUNNING_PER_USER) {
            throw new ConflictingState(
                    "report-jobs-running",
                    "You already have " + running + " reports being generated; download or wait for one first.");
        }
        Job job = new Job(UUID.randomUUID().toString(), report, owner.username(), now);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.file = work.apply(p -> job.percent = Math.max(job.percent, Math.min(99, p)));
                job.percent = 100;
                job.state = ReportJob.State.DONE;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "report job " + job.id + " (" + report + ") failed", e);
                job.failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                job.state = ReportJob.State.FAILED;
            } finally {
                job.finishedAt = clock.instant();
            }
        });
        return job.view();
    }

    private Job owned(String id, AuthenticatedUser viewer) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner.equals(viewer.username())) {
            throw new NotFound("report job " + id);
        }
        return job;
    }

    @Override
    public ReportJob job(String id, AuthenticatedUser viewer) {
        return owned(id, viewer).view();
    }

    @Override
    public RenderedReport file(String id, AuthenticatedUser viewer) {
        Job job = owned(id, viewer);
        if (job.state != ReportJob.State.DONE) {
            throw new ConflictingState(
                    "report-job-not-ready",
                    job.state == ReportJob.State.FAILED
                            ? "The report failed: " + job.failure
                            : "The report is still being generated (" + job.percent + " %).");
        }
        return job.file;
    }
}
