package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.access.api.Role;
import org.migrationmptf.fund.ledger.api.ChartOfAccounts;
import org.migrationmptf.fund.ledger.api.LedgerAccountView;

/** The ledger as the Administrative Agent's finance staff and the auditors see it. */
@Path("v1/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "basic")
public class LedgerResource {

    @Inject
    ChartOfAccounts chart;

    @GET
    @Path("accounts")
    @RolesAllowed({Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "The chart of accounts the fund's journal entries post to")
    public List<LedgerAccountView> accounts() {
        return chart.accounts();
    }
}
