package org.migrationmptf.fund.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.reports.api.AuditExports;
import org.migrationmptf.fund.reports.api.AuditTrailReports;
import org.migrationmptf.fund.reports.api.IatiReports;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;

/**
 * The auditor's streamed downloads for signed-in page users (the API serves HTTP Basic clients the
 * same files): the audit export of a period and the IATI files, from the same services.
 */
@WebServlet({
    "/audit/audit-export.zip",
    "/audit/audit-trail.pdf",
    "/audit/iati-activities.xml",
    "/audit/iati-organisation.xml",
    "/audit/report-job"
})
public class AuditDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditExports exports;

    @Inject
    transient IatiReports iati;

    @Inject
    transient AuditTrailReports trail;

    @Inject
    transient Authenticator authenticator;

    @Inject
    transient Clock clock;

    @Inject
    transient org.migrationmptf.fund.reports.api.ReportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AuthenticatedUser> user =
                Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> authenticator.currentUser(p.getName()));
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next=/audit/reports.xhtml");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        String path = request.getServletPath();
        if (path.endsWith("/report-job")) {
            try {
                RenderedReport file = jobs.file(request.getParameter("id"), user.get());
                response.setContentType(file.mediaType());
                response.setHeader("Content-Disposition", file.attachmentDisposition());
                response.setHeader("X-Content-SHA256", file.sha256());
                response.getOutputStream().write(file.content());
            } catch (NotFound e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } catch (org.migrationmptf.fund.shared.ConflictingState e) {
                response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
            }
            return;
        }
        try {
            LocalDate to;
            LocalDate from;
            try {
                to = date(request, "to", LocalDate.now(clock));
                from = date(request, "from", to.withDayOfYear(1));
            } catch (DateTimeParseException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to must be dates such as 2026-06-30");
                return;
            }
            if (path.endsWith(".pdf")) {
                RenderedReport pdf = trail.pdf(from, to, Languages.of(request), user.get());
                response.setContentType(pdf.mediaType());
                response.setHeader("Content-Disposition", pdf.attachmentDisposition());
                response.setHeader("X-Content-SHA256", pdf.sha256());
                response.getOutputStream().write(pdf.content());
            } else if (path.endsWith(".zip")) {
                response.setContentType(AuditExports.MEDIA_TYPE);
                response.setHeader(
                        "Content-Disposition", "attachment; filename=\"audit-export-" + from + "-" + to + ".zip\"");
                exports.export(from, to, response.getOutputStream(), user.get());
            } else {
                response.setContentType("application/xml; charset=utf-8");
                boolean activities = path.endsWith("activities.xml");
                response.setHeader(
                        "Content-Disposition",
                        "attachment; filename=\"migration-mptf-" + (activities ? "activities" : "organisation")
                                + ".xml\"");
                if (activities) {
                    iati.activities(response.getOutputStream(), user.get());
                } else {
                    iati.organisation(response.getOutputStream(), user.get());
                }
            }
        } catch (InvalidInput e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static LocalDate date(HttpServletRequest request, String name, LocalDate otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : LocalDate.parse(value);
    }
}
