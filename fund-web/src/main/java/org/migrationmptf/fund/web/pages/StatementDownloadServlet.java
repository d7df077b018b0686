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
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.reports.api.ContributorStatementReport;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.shared.NotFound;

/**
 * The contributor statement for signed-in page users (the API's statement.pdf serves HTTP Basic
 * clients): same register, same report, same scoping, so the same bytes' figures.
 */
@WebServlet("/contributor/statement.pdf")
public class StatementDownloadServlet extends HttpServlet {

    @Inject
    ContributionRegister register;

    @Inject
    ContributorStatementReport report;

    @Inject
    Authenticator authenticator;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AuthenticatedUser> user =
                Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> authenticator.currentUser(p.getName()));
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next=/contributor/dashboard.xhtml");
            return;
        }
        String code = Optional.ofNullable(request.getParameter("code"))
                .or(() -> user.get().contributor())
                .orElse("");
        LocalDate to;
        LocalDate from;
        try {
            LocalDate today = LocalDate.now(clock);
            to = request.getParameter("to") == null ? today : LocalDate.parse(request.getParameter("to"));
            from = request.getParameter("from") == null
                    ? to.withDayOfYear(1)
                    : LocalDate.parse(request.getParameter("from"));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to must be dates such as 2026-06-30");
            return;
        }
        try {
            java.util.Locale language = Languages.of(request);
            RenderedReport pdf = report.render(
                    code, from, to, org.migrationmptf.fund.reports.api.ReportFormat.PDF, language, user.get());
            response.setContentType(pdf.mediaType());
            response.setHeader("Content-Language", language.getLanguage());
            response.setHeader("Content-Disposition", pdf.attachmentDisposition());
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(pdf.content());
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
