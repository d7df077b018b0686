package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Transfers to PUNOs in tranches: the secretariat prepares an instruction (FUND_OFFICER), a
 * different user approves it through the approval mechanism, and the Administrative Agent executes
 * it (AA_FINANCE), which posts funds with PUNOs against cash with the AA.
 */
public interface TransferDesk {

    /**
     * Prepares the next tranche to a programme's PUNO and opens its approval.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code unknown-programme}, {@code
     *     programme-not-approved}, {@code not-a-puno-of-programme}, {@code transfer-above-allocation},
     *     {@code tranche-before-spending}
     */
    TransferView prepare(String programme, String puno, BigDecimal amount, AuthenticatedUser maker);

    /**
     * Executes an approved instruction on its value date: the transfer posts.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code instruction-not-approved},
     *     {@code insufficient-cash}, {@code transfer-above-allocation}, {@code closed-period}
     * @throws org.migrationmptf.fund.shared.StaleVersion if {@code expectedVersion} is not the instruction's
     */
    TransferView execute(long instruction, LocalDate valueDate, OptionalLong expectedVersion, AuthenticatedUser by);
}
