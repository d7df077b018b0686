package org.migrationmptf.fund.contribution.api;

import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Where Administrative Agent finance imports the UN operational rates of exchange. */
public interface RateDesk {

    /**
     * Imports rates from CSV with the header {@code currency,month,units_per_usd} (for example
     * {@code EUR,2026-11,0.862100}). All or nothing: any bad line refuses the whole file.
     *
     * @throws org.migrationmptf.fund.shared.InvalidInput one issue per bad line
     */
    RateImport importCsv(String csv, AuthenticatedUser by);
}
