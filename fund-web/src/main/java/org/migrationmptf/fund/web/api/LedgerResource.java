package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.ChartOfAccounts;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccountView;
import org.migrationmptf.fund.ledger.api.PeriodDesk;
import org.migrationmptf.fund.ledger.api.TreasuryDesk;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.shared.Page;

/** The ledger as the Administrative Agent's finance staff and the auditors see it. */
@Path("v1/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "basic")
public class LedgerResource {

    @Inject
    ChartOfAccounts chart;

    @Inject
    Ledger ledger;

    @Inject
    TreasuryDesk treasury;

    @Inject
    PeriodDesk periods;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Interest or bank charges to post: value date, US dollars, and the bank's reference. */
    public record TreasuryPosting(
            @NotNull(message = "give the value date") LocalDate valueDate,

            @NotNull(message = "give the amount in USD")
            @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 16, fraction = 4, message = "use at most 16 digits before the decimal point")
            BigDecimal amountUsd,

            @NotBlank(message = "give the bank's reference") String reference) {}

    @GET
    @Path("accounts")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "The chart of accounts the fund's journal entries post to")
    public List<LedgerAccountView> accounts() {
        return chart.accounts();
    }

    @GET
    @Path("trial-balance")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Trial balance at the end of asOf (default today), from the maintained daily balances")
    public TrialBalance trialBalance(@QueryParam("asOf") String asOf) {
        return ledger.trialBalance(Lists.date("asOf", asOf, LocalDate.now(clock)));
    }

    @GET
    @Path("entries")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Journal entries with their lines, newest first by default; paginated")
    public Page<JournalEntryView> entries(
            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @QueryParam("order") String order) {
        return ledger.entries(Lists.page(offset, limit, null, order == null ? "desc" : order));
    }

    @GET
    @Path("entries/{id}")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One journal entry with its lines")
    public JournalEntryView entry(@PathParam("id") long id) {
        return ledger.entry(id);
    }

    /** Why and when an entry is cancelled. */
    public record ReversalRequest(
            @NotNull(message = "give the date of the reversal")
            LocalDate reversedOn,

            @NotBlank(message = "give the reason") String reason) {}

    @POST
    @Path("entries/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Cancel an interest or bank-charge entry with a reversal entry that names it (deposits are"
                    + " corrected on the deposit); requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The reversing journal entry; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response reverse(
            @PathParam("id") long id,
            @NotNull(message = "send the reversal") @Valid ReversalRequest request,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser user = caller.required();
        return idempotent.once(
                key,
                user.username(),
                "POST /api/v1/ledger/entries/" + id + "/reversal",
                request,
                () -> created(treasury.reverse(id, request.reversedOn(), request.reason(), user)));
    }

    @GET
    @Path("periods")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Months that have postings or were closed, newest first (a month not listed is open)")
    public List<AccountingPeriodView> periods() {
        return ledger.periods();
    }

    @GET
    @Path("periods/{month}")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One month of the ledger (OPEN or CLOSED); ETag = its version")
    public Response period(@PathParam("month") String month) {
        AccountingPeriodView period = ledger.period(Lists.month("month", month));
        return Response.ok(period).tag(Versions.etag(period.version())).build();
    }

    @POST
    @Path("periods/{month}/closure")
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Prepare the close of a month that has ended (four eyes): 202 with the pending approval, which"
                    + " a second finance user approves at /api/v1/approvals/{id}/approval; If-Match with the period's"
                    + " ETag is honoured")
    @APIResponse(
            responseCode = "202",
            description = "The pending four-eyes approval of the close; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response close(@PathParam("month") String month, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ApprovalView prepared =
                periods.prepareClose(Lists.month("month", month), IfMatch.version(ifMatch), caller.required());
        return Response.accepted(prepared)
                .location(URI.create("v1/approvals/" + prepared.id()))
                .tag(Versions.etag(prepared.version()))
                .build();
    }

    @POST
    @Path("interest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Post interest earned by the fund's cash; requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The journal entry posted; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response interest(
            @NotNull(message = "send the posting") @Valid TreasuryPosting posting,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser user = caller.required();
        return idempotent.once(
                key,
                user.username(),
                "POST /api/v1/ledger/interest",
                posting,
                () -> created(
                        treasury.postInterest(posting.valueDate(), posting.amountUsd(), posting.reference(), user)));
    }

    @POST
    @Path("bank-charges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Post bank charges on the fund's account; requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The journal entry posted; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response bankCharges(
            @NotNull(message = "send the posting") @Valid TreasuryPosting posting,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser user = caller.required();
        return idempotent.once(
                key,
                user.username(),
                "POST /api/v1/ledger/bank-charges",
                posting,
                () -> created(
                        treasury.postBankCharge(posting.valueDate(), posting.amountUsd(), posting.reference(), user)));
    }

    private static IdempotentResponses.Created created(JournalEntryView entry) {
        return new IdempotentResponses.Created(201, URI.create("v1/ledger/entries/" + entry.id()), entry);
    }
}
