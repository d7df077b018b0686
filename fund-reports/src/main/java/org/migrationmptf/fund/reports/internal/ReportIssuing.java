package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ReportGeneration;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;

/**
 * How every official report file is issued, once for all reports: a certified file already in the
 * register is served from it; otherwise the file is generated, a certified PDF is signed, and the
 * file is entered in the register with its SHA-256, standing and audit chain head.
 */
@ApplicationScoped
class ReportIssuing {

    @Inject
    ReportRegister register;

    @Inject
    ReportSigning signing;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    /** A report dated {@code day} is CERTIFIED once every month of the ledger through it is closed. */
    ReportStanding standingOn(LocalDate day) {
        return ledger.certifiedThrough()
                        .filter(through -> !YearMonth.from(day).isAfter(through))
                        .isPresent()
                ? ReportStanding.CERTIFIED
                : ReportStanding.INTERIM;
    }

    /** The instant a report dated {@code day} carries as its date: the last second of that day (UTC). */
    static java.time.Instant datedAt(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }

    /** The audit chain head at the end of {@code day} (UTC), printed on every report dated that day. */
    String chainHeadAt(LocalDate day) {
        return audit.headAt(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** What is being issued: report, canonical parameters, format, standing, chain head and file name. */
    record Issue(
            String report,
            String parameters,
            ReportFormat format,
            ReportStanding standing,
            String chainHead,
            String fileName,
            String signatureReason) {}

    RenderedReport issue(Issue issue, String requestedBy, Supplier<byte[]> generate) {
        String format = issue.format().extension();
        if (issue.standing() == ReportStanding.CERTIFIED) {
            var copy = register.certifiedCopy(issue.report(), issue.parameters(), format);
            if (copy.isPresent()) {
                return new RenderedReport(
                        issue.fileName(), issue.format().mediaType(), copy.get().content());
            }
        }
        byte[] content = generate.get();
        if (issue.format() == ReportFormat.PDF && issue.standing() == ReportStanding.CERTIFIED) {
            content = signing.signer().sign(content, clock.instant(), issue.signatureReason());
        }
        RenderedReport file =
                new RenderedReport(issue.fileName(), issue.format().mediaType(), content);
        register.record(new ReportGeneration(
                issue.report(),
                issue.parameters(),
                format,
                issue.standing(),
                content,
                file.sha256(),
                issue.chainHead(),
                requestedBy));
        return file;
    }
}
