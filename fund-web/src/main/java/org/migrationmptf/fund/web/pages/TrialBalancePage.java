package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.shared.InvalidInput;

/** The trial balance as of a date, read-only, for finance and auditors. */
@Named
@ViewScoped
public class TrialBalancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    private LocalDate asOf;
    private transient TrialBalance trialBalance;

    /** Read once per view: the page shows its date, rows and three totals from the same balance. */
    public TrialBalance getTrialBalance() {
        if (trialBalance == null) {
            try {
                trialBalance = ledger.trialBalance(asOf == null ? LocalDate.now(clock) : asOf);
            } catch (InvalidInput e) {
                PageCommands.refused(e);
                trialBalance = ledger.trialBalance(LocalDate.now(clock));
            }
        }
        return trialBalance;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
        this.trialBalance = null;
    }
}
