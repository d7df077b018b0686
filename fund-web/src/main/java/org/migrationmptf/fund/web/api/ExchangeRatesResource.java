package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.contribution.api.ExchangeRateView;
import org.migrationmptf.fund.contribution.api.ExchangeRates;
import org.migrationmptf.fund.contribution.api.RateDesk;
import org.migrationmptf.fund.contribution.api.RateImport;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/** UN operational rates of exchange: public to read; AA_FINANCE imports them from CSV. */
@Path("v1/exchange-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class ExchangeRatesResource {

    @Inject
    ExchangeRates rates;

    @Inject
    RateDesk desk;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(summary = "Rates, newest month first, optionally of one currency; paginated")
    public Page<ExchangeRateView> rates(
            @QueryParam("currency") String currency,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return rates.rates(Optional.ofNullable(currency), Lists.page(offset, limit, null, null));
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(summary = "Import rates from CSV (currency,month,units_per_usd); all or nothing, 400 lists bad lines")
    public RateImport importRates(String csv) {
        return desk.importCsv(csv, caller.required());
    }
}
