package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.contribution.api.AgreementDesk;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDesk;
import org.migrationmptf.fund.contribution.api.ContributorDetail;
import org.migrationmptf.fund.contribution.api.ContributorKind;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.api.NewAgreement;
import org.migrationmptf.fund.contribution.api.NewContributor;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.api.ContributorStatementReport;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.shared.Page;

/**
 * Contributors: the public list with deposited totals, and, for the contributor's own users and the
 * fund's staff, its agreements, deposits and statement. Anyone else asking for those gets 404.
 */
@Path("v1/contributors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class ContributorsResource {

    private static final Map<String, Comparator<ContributorSummary>> SORTS = Map.of(
            "name", Comparator.comparing(ContributorSummary::name),
            "code", Comparator.comparing(ContributorSummary::code),
            "depositedUsd", Comparator.comparing(ContributorSummary::depositedUsd));

    @Inject
    ContributionRegister register;

    @Inject
    AgreementDesk agreements;

    @Inject
    ContributorDesk contributors;

    @Inject
    ContributorStatementReport statements;

    @Inject
    Caller caller;

    @Inject
    org.migrationmptf.fund.disbursement.api.FundingRegister funding;

    @Inject
    Clock clock;

    /** A signed agreement to register. */
    public record AgreementRequest(
            @NotBlank(message = "give the agreement's reference")
            String reference,

            @NotNull(message = "give the date of signature") LocalDate signedOn,

            @NotNull(message = "give the currency")
            @Pattern(regexp = "[A-Z]{3}", message = "use an ISO 4217 code such as EUR")
            String currency,

            @NotNull(message = "give the committed amount")
            @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 16, fraction = 4, message = "use at most 16 digits before the decimal point")
            BigDecimal committed,

            @Size(max = 30, message = "use at most 30 characters")
            String fundWindow,

            @NotNull(message = "give UNEARMARKED, THEMATIC_AREA or WINDOW")
            @Pattern(regexp = "UNEARMARKED|THEMATIC_AREA|WINDOW", message = "use UNEARMARKED, THEMATIC_AREA or WINDOW")
            String earmarkKind,

            String earmarkCode,

            @NotEmpty(message = "give the payment schedule") List<@Valid @NotNull InstalmentRequest> schedule) {}

    /** One instalment of a schedule. */
    public record InstalmentRequest(
            @NotNull(message = "give the due date") LocalDate dueOn,

            @NotNull(message = "give the amount")
            @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 16, fraction = 4, message = "use at most 16 digits before the decimal point")
            BigDecimal amount) {}

    /** A contributor to register. */
    public record ContributorRequest(
            @NotBlank(message = "give the code (a member state's ISO 3166 alpha-3 code)")
            String code,

            @NotNull(message = "give MEMBER_STATE, INTERGOVERNMENTAL, PRIVATE or OTHER")
            ContributorKind kind,

            @NotBlank(message = "give the name as the fund publishes it")
            String name,

            String countryIso3) {}

    /** A contributor's new published name. */
    public record NameChange(
            @NotBlank(message = "give the new name") String name) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Register a contributor (a member state under its ISO 3166 alpha-3 code); 201 + Location + ETag")
    @APIResponse(
            responseCode = "201",
            description = "The contributor, registered; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response registerContributor(@NotNull(message = "send the contributor") @Valid ContributorRequest request) {
        ContributorSummary created = contributors.register(
                new NewContributor(request.code(), request.kind(), request.name(), request.countryIso3()),
                caller.required());
        return Response.created(URI.create("v1/contributors/" + created.code()))
                .tag(Versions.etag(register.contributorVersion(created.code())))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{code}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Rename a contributor (its code never changes); If-Match with its ETag is honoured")
    public Response rename(
            @PathParam("code") String code,
            @NotNull(message = "send the new name") @Valid NameChange request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ContributorSummary renamed =
                contributors.rename(code, request.name(), IfMatch.version(ifMatch), caller.required());
        return Response.ok(renamed)
                .tag(Versions.etag(register.contributorVersion(code)))
                .build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Every contributor with its public totals (deposited USD, fee, net); paginated, sortable")
    public Page<ContributorSummary> contributors(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return Lists.page(register.contributors(), Lists.page(offset, limit, sort, order), "name", SORTS);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One contributor; its own users and staff also get its position per currency as of a date")
    public Response contributor(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        ContributorDetail detail =
                register.contributor(code, Lists.date("asOf", asOf, LocalDate.now(clock)), caller.optional());
        return Response.ok(detail)
                .tag(Versions.etag(register.contributorVersion(code)))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{code}/agreements")
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(summary = "The contributor's agreements with commitment, deposits, arrears and schedule")
    public List<AgreementView> agreementsOf(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return register.agreementsOf(code, Lists.date("asOf", asOf, LocalDate.now(clock)), caller.required());
    }

    @GET
    @Path("{code}/programmes")
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(
            summary = "The published programmes the thematic areas this contributor earmarked money to fund, with"
                    + " approved allocations, net funded, reported expenditure and delivery rate (never pipeline"
                    + " programmes or what awaits approval); sort=code|title|status|startsOn; paginated")
    public org.migrationmptf.fund.shared.Page<org.migrationmptf.fund.disbursement.api.DonorProgramme> programmesOf(
            @PathParam("code") String code,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return funding.fundedBy(code, Lists.page(offset, limit, sort, order), caller.required());
    }

    @POST
    @Path("{code}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Register a signed agreement with its payment schedule; fundWindow defaults to PROGRAMMATIC")
    @APIResponse(
            responseCode = "201",
            description = "The agreement, registered; Location names it and ETag carries its version",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response register(
            @PathParam("code") String code, @NotNull(message = "send the agreement") @Valid AgreementRequest request) {
        AgreementView created = agreements.register(
                new NewAgreement(
                        request.reference(),
                        code,
                        request.signedOn(),
                        request.currency(),
                        request.committed(),
                        request.fundWindow(),
                        request.earmarkKind(),
                        request.earmarkCode(),
                        request.schedule().stream()
                                .map(i -> new NewAgreement.ScheduledInstalment(i.dueOn(), i.amount()))
                                .toList()),
                caller.required());
        return Response.created(URI.create("v1/agreements/" + created.id()))
                .tag(Versions.etag(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}/deposits")
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(summary = "The contributor's deposits with original amount, rate, USD and fee")
    public List<DepositView> depositsOf(@PathParam("code") String code) {
        return register.depositsOfContributor(code, caller.required());
    }

    @GET
    @Path("{code}/statement.{format: pdf|xlsx|csv}")
    @Produces({"application/pdf", ReportsResource.ReportFiles.XLSX, "text/csv"})
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(
            summary = "The contributor statement for a period (default: this calendar year to date) as PDF/A, XLSX or"
                    + " CSV, with how the fund used the money; in English or, with lang=fr or lang=es, in French or"
                    + " Spanish; entered in the report register")
    public Response statement(
            @PathParam("code") String code,
            @PathParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        java.util.Locale language = Lists.language(lang);
        AuthenticatedUser user = caller.required();
        Lists.Period period = Lists.period(from, to, LocalDate.now(clock));
        LocalDate start = period.from();
        LocalDate end = period.to();
        RenderedReport file = statements.render(
                code,
                start,
                end,
                org.migrationmptf.fund.reports.api.ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)),
                language,
                user);
        return ReportsResource.ReportFiles.download(file, language);
    }
}
