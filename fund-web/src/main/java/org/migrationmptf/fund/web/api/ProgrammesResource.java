package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.disbursement.api.FundingRegister;
import org.migrationmptf.fund.disbursement.api.ProgrammeFunding;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.programme.api.Geography;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeDesk;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.Page;

/**
 * Joint programmes: the secretariat registers them and moves them through their life; the fund's
 * staff read all of them, a PUNO reporter those of its organization. One programme answers with its
 * budget and its funding per PUNO (allocated, transferred, refunded, net funded, expenditure,
 * delivery rate).
 */
@Path("v1/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint programmes")
public class ProgrammesResource {

    /** A programme as the secretariat registers it. */
    public record ProgrammeRequest(
            String code,
            String title,
            Geography geography,
            List<String> countries,
            String thematicArea,
            String leadPuno,
            LocalDate startsOn,
            LocalDate endsOn,
            List<NewProgramme.BudgetLine> budget,
            Map<String, BigDecimal> iscRates,
            List<Integer> gcmObjectives,
            List<String> guidingPrinciples,
            String genderMarker,
            String humanRightsMarker,
            Long conceptNote) {}

    /** A no-cost extension: the new end date and the decision that granted it. */
    public record ExtensionRequest(LocalDate endsOn, String decision) {}

    /** The status a programme moves to, and the decision that approves it (for APPROVED). */
    public record StatusChange(ProgrammeStatus status, String decision) {}

    /** A programme with its funding. */
    public record ProgrammeDetail(ProgrammeView programme, ProgrammeFunding funding) {}

    @Inject
    ProgrammeDesk desk;

    @Inject
    ProgrammeRegister register;

    @Inject
    FundingRegister funding;

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
    @Operation(
            summary = "Programmes (a PUNO reporter sees its organization's), optionally by status;"
                    + " sort=code|title|status|startsOn; paginated")
    public Page<ProgrammeView> programmes(
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return register.programmes(
                Lists.enumValue("status", status, ProgrammeStatus.class),
                Lists.page(offset, limit, sort, order),
                caller.required());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR,
        Role.Names.PUNO_REPORTER
    })
    @Operation(summary = "One programme with its budget and its funding per PUNO; ETag = the programme's version")
    public Response programme(@PathParam("code") String code) {
        AuthenticatedUser viewer = caller.required();
        ProgrammeView programme = register.programme(code, viewer);
        return Response.ok(new ProgrammeDetail(programme, funding.ofProgramme(code, viewer)))
                .tag(Versions.etag(programme.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Register a programme in the pipeline with its budget of direct costs per PUNO x UN budget"
                    + " category x year; each PUNO's ISC is computed at its rate (at most 7 %); classified by GCM"
                    + " objectives, guiding principles, gender and human rights markers; conceptNote names the"
                    + " shortlisted note it comes from")
    @APIResponse(
            responseCode = "201",
            description = "The programme, in the pipeline; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response register(@NotNull(message = "send the programme") @Valid ProgrammeRequest request) {
        ProgrammeView registered = desk.register(
                new NewProgramme(
                        request.code(),
                        request.title(),
                        request.geography(),
                        request.countries(),
                        request.thematicArea(),
                        request.leadPuno(),
                        request.startsOn(),
                        request.endsOn(),
                        request.budget(),
                        request.iscRates(),
                        request.gcmObjectives(),
                        request.guidingPrinciples(),
                        request.genderMarker(),
                        request.humanRightsMarker(),
                        request.conceptNote()),
                caller.required());
        return Response.created(URI.create("v1/programmes/" + registered.code()))
                .entity(registered)
                .tag(Versions.etag(registered.version()))
                .build();
    }

    @POST
    @Path("{code}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Move a programme along PIPELINE -> APPROVED -> ACTIVE -> OPERATIONALLY_CLOSED ->"
                    + " FINANCIALLY_CLOSED (or SUSPENDED); APPROVED cites an APPROVE_PROGRAMME decision;"
                    + " If-Match with the programme's ETag is honoured")
    public Response changeStatus(
            @PathParam("code") String code,
            @NotNull(message = "send the status") @Valid StatusChange change,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProgrammeView changed = desk.changeStatus(
                code, change.status(), change.decision(), IfMatch.version(ifMatch), caller.required());
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @POST
    @Path("{code}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "A no-cost extension: the end date moves later, citing a NO_COST_EXTENSION decision; only an"
                    + " approved, active or suspended programme; If-Match with the programme's ETag is honoured")
    public Response extend(
            @PathParam("code") String code,
            @NotNull(message = "send the extension") @Valid ExtensionRequest extension,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProgrammeView extended = desk.extend(
                code, extension.endsOn(), extension.decision(), IfMatch.version(ifMatch), caller.required());
        return Response.ok(extended).tag(Versions.etag(extended.version())).build();
    }
}
