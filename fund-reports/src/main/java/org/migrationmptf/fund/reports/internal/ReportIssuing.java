package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import org.migrationmptf.fund.audit.api.ReportGeneration;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.audit.api.ReportStanding;
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
