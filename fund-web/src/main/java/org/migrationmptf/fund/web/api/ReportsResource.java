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
import org.migrationmptf.fund.reports.api.AnnualReports;
import org.migrationmptf.fund.reports.api.AuditExports;
import org.migrationmptf.fund.reports.api.AuditTrailReports;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.api.MoneyTrail;
import org.migrationmptf.fund.reports.api.MoneyTrails;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.shared.Page;

/**
 * The fund's official reports for the secretariat, the Administrative Agent and the auditors: the
 * Funding Status as data or as PDF/A, XLSX and CSV, and the register of every report generated.
 * The staff roles and the auditors read every report; a method that names its own roles replaces
 * them (the money trail adds the contributors' users, the audit export and the audit trail narrow).
 */
@Path("v1/reports")
@RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
@RequestScoped
@Tag(name = "Reports")
@SecurityRequirement(name = "basic")
public class ReportsResource {

    @Inject
    FundingStatusReports fundingStatus;

    @Inject
    ReportRegister register;

    @Inject
    AuditExports audits;

    @Inject
    AnnualReports annual;

    @Inject
    AuditTrailReports trail;

    @Inject
    MoneyTrails trails;

    @Inject
    org.migrationmptf.fund.reports.api.ReportJobs jobs;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("funding-status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The Gateway's Funding Status as of asOf (default today): typed lines in USD, the standing"
                    + " (INTERIM or CERTIFIED) and the audit chain head at the end of that date")
    public FundingStatusStatement fundingStatus(@QueryParam("asOf") String asOf) {
        return fundingStatus.statement(Lists.date("asOf", asOf, LocalDate.now(clock)));
    }

    @GET
    @Path("funding-status.{format: pdf|xlsx|csv|json}")
    @Produces({"application/pdf", ReportFiles.XLSX, "text/csv", MediaType.APPLICATION_JSON})
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
    @Path("money-trail")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR,
        Role.Names.CONTRIBUTOR
    })
    @Operation(
            summary = "Where the money went, today, for one deposit (deposit=id), contributor (contributor=code) or"
                    + " thematic area (area=code): each step split to the cent into the steps below it, with links"
                    + " to the records behind it; a contributor's users follow their own money only")
    public MoneyTrail moneyTrail(
            @QueryParam("deposit") String deposit,
            @QueryParam("contributor") String contributor,
            @QueryParam("area") String area) {
        return trail(deposit, contributor, area);
    }

    @GET
    @Path("money-trail.{format: pdf|xlsx|csv|json}")
    @Produces({"application/pdf", ReportFiles.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR,
        Role.Names.CONTRIBUTOR
    })
    @Operation(
            summary = "The money trail as PDF/A-2b (its steps indented with their share), XLSX or CSV (a row a step"
                    + " with its depth and link), entered in the report register (lang=en|fr|es)")
    public Response moneyTrailFile(
            @PathParam("format") String format,
            @QueryParam("deposit") String deposit,
            @QueryParam("contributor") String contributor,
            @QueryParam("area") String area,
            @QueryParam("lang") String lang) {
        Locale language = Lists.language(lang);
        MoneyTrail trail = trail(deposit, contributor, area);
        if (format.equals("json")) {
            return Response.ok(trail, MediaType.APPLICATION_JSON).build();
        }
        return ReportFiles.download(
                trails.render(
                        trail, ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)), language, caller.required()),
                language);
    }

    /** Exactly one of the three subjects, each checked: a deposit's id is a number. */
    private MoneyTrail trail(String deposit, String contributor, String area) {
        int given = (blank(deposit) ? 0 : 1) + (blank(contributor) ? 0 : 1) + (blank(area) ? 0 : 1);
        if (given != 1) {
            throw Lists.invalid("deposit", "give exactly one of deposit, contributor or area");
        }
        var user = caller.required();
        if (!blank(deposit)) {
            if (!deposit.matches("[0-9]{1,18}")) {
                throw Lists.invalid("deposit", "must be a deposit's number");
            }
            return trails.deposit(Long.parseLong(deposit), user);
        }
        return blank(contributor) ? trails.area(area.trim(), user) : trails.contributor(contributor.trim(), user);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @GET
    @Path("audit-export.zip")
    @Produces(AuditExports.MEDIA_TYPE)
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "The period's evidence as a ZIP streamed: journal lines, opening and closing trial balances,"
                    + " expenditure, Funding Status, audit events and the report register as CSV, with a SHA-256"
                    + " manifest (from default 1 January, to default today)")
    public Response auditExport(@QueryParam("from") String from, @QueryParam("to") String to) {
        Lists.Period period = Lists.period(from, to, LocalDate.now(clock));
        LocalDate start = period.from();
        LocalDate end = period.to();
        var user = caller.required();
        jakarta.ws.rs.core.StreamingOutput body = out -> audits.export(start, end, out, user);
        return Response.ok(body, AuditExports.MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"audit-export-" + start + "-" + end + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("audit-trail.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.Names.AUDITOR)
    @Operation(
            summary = "The audit trail of a period as PDF/A: the whole chain's verification, the head at the end of"
                    + " the period and every event of it (from default 1 January, to default today; lang=en|fr|es);"
                    + " with Prefer: respond-async it is generated in the background (202 and the job to follow)")
    public Response auditTrail(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang,
            @jakarta.ws.rs.HeaderParam("Prefer") String prefer) {
        Lists.Period period = Lists.period(from, to, LocalDate.now(clock));
        LocalDate start = period.from();
        LocalDate end = period.to();
        Locale language = Lists.language(lang);
        if (async(prefer)) {
            return accepted(jobs.auditTrail(start, end, language, caller.required()));
        }
        return ReportFiles.download(trail.pdf(start, end, language, caller.required()), language);
    }

    /** Whether the client asked for the report to be generated in the background (RFC 7240). */
    private static boolean async(String prefer) {
        return prefer != null
                && java.util.Arrays.stream(prefer.split(","))
                        .anyMatch(p -> p.trim().equalsIgnoreCase("respond-async"));
    }

    /** 202 Accepted with the job and where to follow it. */
    private static Response accepted(org.migrationmptf.fund.reports.api.ReportJob job) {
        return Response.accepted(job)
                .type(MediaType.APPLICATION_JSON)
                .location(java.net.URI.create("v1/reports/jobs/" + job.id()))
                .header("Preference-Applied", "respond-async")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A report being generated in the background (started with Prefer: respond-async): its state"
                    + " and percent; when DONE, its file at jobs/{id}/file. Only its owner sees it")
    public Response job(@PathParam("id") String id) {
        var job = jobs.job(id, caller.required());
        Response.ResponseBuilder ok =
                Response.ok(job, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store");
        if (job.state() == org.migrationmptf.fund.reports.api.ReportJob.State.RUNNING) {
            ok.header("Retry-After", "1");
        } else if (job.done()) {
            ok.location(java.net.URI.create("v1/reports/jobs/" + id + "/file"));
        }
        return ok.build();
    }

    @GET
    @Path("jobs/{id}/file")
    @Produces({"application/pdf", ReportFiles.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The file a finished report job produced (409 while it runs or if it failed)")
    public Response jobFile(@PathParam("id") String id) {
        return ReportFiles.download(jobs.file(id, caller.required()), Locale.ENGLISH);
    }

    @GET
    @Path("annual/{year: [0-9]{4}}.{format: pdf|xlsx|csv|json}")
    @Produces({"application/pdf", ReportFiles.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The consolidated annual financial report of a year (Table 1, contributions, interest,"
                    + " transfers, delivery per PUNO and programme, expenditure per category, cost recovery) as"
                    + " PDF/A, XLSX, CSV or JSON (lang=en|fr|es); with Prefer: respond-async a file is generated in"
                    + " the background (202 and the job to follow)")
    public Response annual(
            @PathParam("year") int year,
            @PathParam("format") String format,
            @QueryParam("lang") String lang,
            @jakarta.ws.rs.HeaderParam("Prefer") String prefer) {
        Locale language = Lists.language(lang);
        var user = caller.required();
        if (!format.equals("json") && async(prefer)) {
            return accepted(jobs.annual(year, ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)), language, user));
        }
        if (format.equals("json")) {
            return Response.ok(annual.statement(year, user), MediaType.APPLICATION_JSON)
                    .build();
        }
        return ReportFiles.download(
                annual.render(year, ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)), language, user), language);
    }

    @GET
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
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
