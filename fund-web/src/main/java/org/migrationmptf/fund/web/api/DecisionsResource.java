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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.programme.api.DecisionDesk;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionRegister;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.DecisionView;
import org.migrationmptf.fund.programme.api.NewDecision;
import org.migrationmptf.fund.shared.Page;

/** The Steering Committee's decision register: the secretariat records, the fund's staff read. */
@Path("v1/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Steering Committee decisions")
public class DecisionsResource {

    /** A decision as the secretariat records it. */
    public record DecisionRequest(
            String number, LocalDate decidedOn, DecisionProcedure procedure, DecisionType type, String text) {}

    @Inject
    DecisionDesk desk;

    @Inject
    DecisionRegister register;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "The decisions, latest first by default (sort=decidedOn|number, order); paginated")
    public Page<DecisionView> decisions(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return register.decisions(Lists.page(offset, limit, sort, order == null ? "desc" : order), caller.required());
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One decision by its number")
    public DecisionView decision(@PathParam("number") String number) {
        return register.decision(number, caller.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Record a Steering Committee decision (meeting or written procedure) with its number, date,"
                    + " type and text; numbers are unique, dates not after today")
    @APIResponse(
            responseCode = "201",
            description = "The decision, recorded; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response record(@NotNull(message = "send the decision") @Valid DecisionRequest request) {
        DecisionView recorded = desk.record(
                new NewDecision(
                        request.number(), request.decidedOn(), request.procedure(), request.type(), request.text()),
                caller.required());
        return Response.created(URI.create("v1/decisions/" + recorded.number()))
                .entity(recorded)
                .build();
    }
}
