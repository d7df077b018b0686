package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.audit.api.RegisteredReport;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.shared.Page;

/**
 * The fund's official reports for the secretariat, the Administrative Agent and the auditors: the
 * Funding Status as data or as PDF/A, XLSX and CSV, and the register of every report generated.
 */
@Path("v1/reports")
@RequestScoped
@Tag(name = "Reports")
@SecurityRequirement(name = "basic")
public class ReportsResource {

    @Inject
    FundingStatusReports fundingStatus;

    @Inject
    ReportRegister register;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("funding-status")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "The Gateway's Funding Status as of asOf (default today): typed lines in USD, the standing"
                    + " (INTERIM or CERTIFIED) and the audit chain head at the end of that date")
    public FundingStatusStatement fundingStatus(@QueryParam("asOf") String asOf) {
        return fundingStatus.statement(Lists.date("asOf", asOf, LocalDate.now(clock)));
    }

    @GET
    @Path("funding-status.{format: pdf|xlsx|csv|json}")
    @Produces({"application/pdf", ReportFiles.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "The Funding Status as a file: PDF/A-2b, XLSX or CSV with the same figures (lang=en|fr|es);"
                    + " every file is entered in the report register, and a certified one is served from it")
    public Response fundingStatusFile(
            @PathParam("format") String format, @QueryParam("asOf") String asOf, @QueryParam("lang") String lang) {
        LocalDate date = Lists.date("asOf", asOf, LocalDate.now(clock));
        Locale language = Lists.language(lang);
        if (format.equals("json")) {
            return Response.ok(fundingStatus.statement(date), MediaType.APPLICATION_JSON)
                    .build();
        }
        RenderedReport file = fundingStatus.render(
                date,
                ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)),
                language,
                caller.required().username());
        return ReportFiles.download(file, language);
    }

    @GET
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "The report register, newest first: every report generated, its parameters and SHA-256")
    public Page<RegisteredReport> register(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return register.entries(Lists.page(offset, limit, null, null));
    }

    /** How a report file goes out: as a download, with its language and SHA-256, never cached. */
    static final class ReportFiles {

        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        private ReportFiles() {}

        static Response download(RenderedReport file, Locale language) {
            return Response.ok(file.content(), file.mediaType())
                    .header("Content-Language", language.getLanguage())
                    .header(HttpHeaders.CONTENT_DISPOSITION, file.attachmentDisposition())
                    .header("X-Content-SHA256", file.sha256())
                    .header("Cache-Control", "no-store")
                    .build();
        }
    }
}
