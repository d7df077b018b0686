package org.migrationmptf.fund.contribution.api;

import java.util.Optional;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** The UN operational rates of exchange the fund converts with. */
public interface ExchangeRates {

    /**
     * Imports rates from CSV with the header {@code currency,month,units_per_usd} (for example
     * {@code EUR,2026-11,0.862100}). All or nothing: any bad line refuses the whole file.
     *
     * @throws org.migrationmptf.fund.shared.InvalidInput one issue per bad line
     */
    RateImport importCsv(String csv, AuthenticatedUser by);

    Page<ExchangeRateView> rates(Optional<String> currency, PageRequest page);
}
