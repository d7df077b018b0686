package org.migrationmptf.fund.contribution.api;

import java.util.Optional;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** The UN operational rates of exchange the fund converts with (public figures). */
public interface ExchangeRates {

    Page<ExchangeRateView> rates(Optional<String> currency, PageRequest page);
}
