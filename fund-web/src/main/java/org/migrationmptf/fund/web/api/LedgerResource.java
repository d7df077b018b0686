package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.access.api.Role;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.ChartOfAccounts;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccountView;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.Money;
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
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Interest or bank charges to post: value date, US dollars, and the bank's reference. */
    public record TreasuryPosting(
            @NotNull(message = "give the value date") LocalDate valueDate,

            @NotNull(message = "give the amount in USD")
            @DecimalMin(value = "0.01", message = "must be positive")
            @Digits(integer = 15, fraction = 2, message = "use at most 2 decimals")
            BigDecimal amountUsd,

            @NotBlank(message = "give the bank's reference") @Size(max = 40, message = "use at most 40 characters")
            String reference) {}

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
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit,
            @QueryParam("order") String order) {
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

            @NotBlank(message = "give the reason") @Size(max = 200, message = "use at most 200 characters")
            String reason) {}

    @POST
    @Path("entries/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Cancel an interest or bank-charge entry with a reversal entry that names it (deposits are"
                    + " corrected on the deposit); requires Idempotency-Key")
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
                () -> created(ledger.reverse(id, request.reversedOn(), request.reason(), user)));
    }

    @GET
    @Path("periods")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Months that have postings or were closed, newest first (a month not listed is open)")
    public List<AccountingPeriodView> periods() {
        return ledger.periods();
    }

    @POST
    @Path("periods/{month}/closure")
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Close a month that has ended: nothing can be posted into it afterwards")
    public Response close(@PathParam("month") String month, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AccountingPeriodView closed =
                ledger.closePeriod(Lists.month("month", month), IfMatch.version(ifMatch), caller.required());
        return Response.ok(closed).tag(Versions.etag(closed.version())).build();
    }

    @POST
    @Path("interest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Post interest earned by the fund's cash; requires Idempotency-Key")
    public Response interest(
            @NotNull(message = "send the posting") @Valid TreasuryPosting posting,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser user = caller.required();
        return idempotent.once(
                key,
                user.username(),
                "POST /api/v1/ledger/interest",
                posting,
                () -> created(ledger.postInterest(posting.valueDate(), usd(posting), posting.reference(), user)));
    }

    @POST
    @Path("bank-charges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Post bank charges on the fund's account; requires Idempotency-Key")
    public Response bankCharges(
            @NotNull(message = "send the posting") @Valid TreasuryPosting posting,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser user = caller.required();
        return idempotent.once(
                key,
                user.username(),
                "POST /api/v1/ledger/bank-charges",
                posting,
                () -> created(ledger.postBankCharge(posting.valueDate(), usd(posting), posting.reference(), user)));
    }

    private static Money usd(TreasuryPosting posting) {
        return Money.of(posting.amountUsd(), CurrencyCode.USD);
    }

    private static IdempotentResponses.Created created(JournalEntryView entry) {
        return new IdempotentResponses.Created(201, URI.create("v1/ledger/entries/" + entry.id()), entry);
    }
}
