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
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.programme.api.ConceptNoteStatus;
import org.migrationmptf.fund.programme.api.ConceptNoteView;
import org.migrationmptf.fund.programme.api.ConceptNotes;
import org.migrationmptf.fund.programme.api.NewConceptNote;
import org.migrationmptf.fund.shared.Page;

/** Concept notes: the secretariat records and screens them; the fund's staff read them. */
@Path("v1/concept-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concept notes")
public class ConceptNotesResource {

    /** A concept note as received. */
    public record ConceptNoteRequest(
            String submittedBy,
            String title,
            String leadPuno,
            List<String> punos,
            List<String> countries,
            BigDecimal requestedAmount,
            List<String> thematicAreas,
            List<Integer> gcmObjectives,
            List<String> guidingPrinciples,
            LocalDate receivedOn) {}

    /** Screening, shortlisting or rejection, with the reason (required to reject). */
    public record Decision(ConceptNoteStatus status, String reason) {}

    @Inject
    ConceptNotes notes;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "Concept notes, optionally by status (SUBMITTED, SCREENED, SHORTLISTED, REJECTED);"
                    + " sort=receivedOn|requestedAmount|status|title; paginated")
    public Page<ConceptNoteView> conceptNotes(
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return notes.conceptNotes(
                Lists.enumValue("status", status, ConceptNoteStatus.class),
                Lists.page(offset, limit, sort, order),
                caller.required());
    }

    @GET
    @Path("counts")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "How many notes are in each status")
    public Map<ConceptNoteStatus, Long> counts() {
        return notes.countsByStatus(caller.required());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One concept note; ETag = its version")
    public Response conceptNote(@PathParam("id") long id) {
        ConceptNoteView note = notes.conceptNote(id, caller.required());
        return Response.ok(note).tag(Versions.etag(note.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Record a concept note as submitted: who submitted it, lead PUNO and PUNOs, countries, the"
                    + " amount requested, thematic areas, GCM objectives and guiding principles")
    @APIResponse(
            responseCode = "201",
            description = "The note, SUBMITTED; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response record(@NotNull(message = "send the concept note") @Valid ConceptNoteRequest request) {
        ConceptNoteView recorded = notes.record(
                new NewConceptNote(
                        request.submittedBy(),
                        request.title(),
                        request.leadPuno(),
                        request.punos(),
                        request.countries(),
                        request.requestedAmount(),
                        request.thematicAreas(),
                        request.gcmObjectives(),
                        request.guidingPrinciples(),
                        request.receivedOn()),
                caller.required());
        return Response.created(URI.create("v1/concept-notes/" + recorded.id()))
                .entity(recorded)
                .tag(Versions.etag(recorded.version()))
                .build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Screen (SCREENED), shortlist (SHORTLISTED) or reject (REJECTED, with a reason) a note along"
                    + " SUBMITTED -> SCREENED -> SHORTLISTED; If-Match with the note's ETag is honoured")
    public Response decide(
            @PathParam("id") long id,
            @NotNull(message = "send the status") @Valid Decision decision,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ConceptNoteView decided =
                notes.decide(id, decision.status(), decision.reason(), IfMatch.version(ifMatch), caller.required());
        return Response.ok(decided).tag(Versions.etag(decided.version())).build();
    }
}
