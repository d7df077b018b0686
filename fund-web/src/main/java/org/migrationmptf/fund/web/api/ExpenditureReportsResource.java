package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.disbursement.api.ExpenditureDesk;
import org.migrationmptf.fund.disbursement.api.ExpenditureKind;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.disbursement.api.ExpenditureReportView;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.imports.ExpenditureUpload;
import org.migrationmptf.fund.shared.Page;

/**
 * PUNO expenditure reports: a PUNO's reporter submits its organization's expenditure per programme,
 * year and UN budget category, as JSON or as an uploaded CSV/XLSX table (columns year, category,
 * amount), accepted whole or not at all with every bad line named.
 */
@Path("v1/expenditure-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expenditure reports")
public class ExpenditureReportsResource {

    /** A report as JSON. */
    public record ReportBody(String programme, ExpenditureKind kind, List<LineBody> lines) {}

    /** One line of expenditure. */
    public record LineBody(Integer year, String category, BigDecimal amount) {}

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExpenditureDesk desk;

    @Inject
    ExpenditureRegister register;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR,
        Role.Names.PUNO_REPORTER
    })
    @Operation(summary = "Expenditure reports, newest first (a PUNO reporter sees its organization's); paginated")
    public Page<ExpenditureReportView> reports(
            @QueryParam("programme") String programme,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return register.reports(
                Optional.ofNullable(programme).filter(p -> !p.isBlank()),
                Lists.page(offset, limit, null, null),
                caller.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PUNO_REPORTER)
    @Operation(
            summary = "Report your organization's expenditure for a programme: each year named replaces what earlier"
                    + " reports said of it; INTERIM, ANNUAL or FINAL (certified)")
    @APIResponse(
            responseCode = "201",
            description = "The report as kept",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@NotNull(message = "send the report") @Valid ReportBody body) {
        List<ExpenditureLine> lines = new ArrayList<>();
        List<LineBody> given = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < given.size(); i++) {
            LineBody l = given.get(i);
            lines.add(
                    l == null
                            ? new ExpenditureLine("lines[" + i + "]", null, null, null)
                            : new ExpenditureLine("lines[" + i + "]", l.year(), l.category(), l.amount()));
        }
        return created(desk.submit(body.programme(), body.kind(), lines, caller.required()));
    }

    @POST
    @Path("upload")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.Names.PUNO_REPORTER)
    @Operation(
            summary = "Upload a report as CSV or XLSX with the columns year, category, amount (header on line 1);"
                    + " programme= and kind= name the programme and the kind; every bad line is named, nothing"
                    + " is kept unless every line is good")
    @APIResponse(
            responseCode = "201",
            description = "The report as kept",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response upload(@QueryParam("programme") String programme, @QueryParam("kind") String kind, byte[] content) {
        List<ExpenditureLine> lines = ExpenditureUpload.lines(content);
        return created(desk.submit(
                programme,
                Lists.enumValue("kind", kind, ExpenditureKind.class).orElse(null),
                lines,
                caller.required()));
    }

    private static Response created(ExpenditureReportView report) {
        return Response.created(URI.create("v1/expenditure-reports?programme=" + report.programme()))
                .entity(report)
                .build();
    }
}
