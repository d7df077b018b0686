package org.migrationmptf.fund.contribution.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.TreasuryDesk;
import org.migrationmptf.fund.platform.DemoFiles;
import org.migrationmptf.fund.platform.StartupOrder;

/**
 * DEMO DATA ONLY. Posts the demo fund's deposits ({@code db/demo/deposits.csv}) and its interest and
 * bank charges ({@code db/demo/treasury.csv}) through the same services finance uses: recorded by the
 * demo user {@code finance}, verified by {@code finance2}, so the ledger, the balances and the audit
 * trail are exactly what real use would have written. Runs once, on a database with no deposit yet.
 */
@ApplicationScoped
class DemoDeposits {

    private static final Logger LOG = Logger.getLogger(DemoDeposits.class.getName());

    @Inject
    @ConfigProperty(name = "fund.demo-data", defaultValue = "false")
    boolean demoData;

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    DepositDesk desk;

    @Inject
    TreasuryDesk treasury;

    @Inject
    Authenticator accounts;

    /** A demo account as it is stored: the services check its role like anyone else's. */
    private AuthenticatedUser demoUser(String username) {
        return accounts.currentUser(username)
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " is missing"));
    }

    void post(@Observes @Priority(StartupOrder.DEMO_POSTINGS) @Initialized(ApplicationScoped.class) Object start) {
        if (!demoData || depositsExist()) {
            return;
        }
        AuthenticatedUser maker = demoUser("finance");
        AuthenticatedUser checker = demoUser("finance2");
        int deposits = 0;
        for (String[] row : DemoFiles.csv("/db/demo/deposits.csv")) {
            ContributionAgreement agreement = em.createQuery(
                            "SELECT a FROM ContributionAgreement a WHERE a.reference = :ref",
                            ContributionAgreement.class)
                    .setParameter("ref", row[0])
                    .getSingleResult();
            DepositView recorded = desk.record(
                    agreement.id(),
                    new DepositRequest(
                            LocalDate.parse(row[1]),
                            new BigDecimal(row[2]),
                            agreement.currency().value(),
                            row[3].isBlank() ? null : new BigDecimal(row[3]),
                            "DEMO-" + row[0].substring(4) + "-" + row[1]),
                    OptionalLong.empty(),
                    maker);
            if (row[4].equals("POSTED")) {
                desk.verify(recorded.id(), OptionalLong.empty(), checker);
            }
            deposits++;
        }
        for (String[] row : DemoFiles.csv("/db/demo/treasury.csv")) {
            LocalDate on = LocalDate.parse(row[1]);
            BigDecimal usd = new BigDecimal(row[2]);
            if (row[0].equals("INTEREST")) {
                treasury.postInterest(on, usd, row[3], checker);
            } else {
                treasury.postBankCharge(on, usd, row[3], checker);
            }
        }
        int count = deposits;
        LOG.info(() -> "Demo fund: " + count + " deposits recorded and posted through the deposit desk");
    }

    private boolean depositsExist() {
        return em.createQuery("SELECT COUNT(d) FROM Deposit d", Long.class).getSingleResult() > 0;
    }
}
