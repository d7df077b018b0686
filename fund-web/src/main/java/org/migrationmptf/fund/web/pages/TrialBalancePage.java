package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.TrialBalanceReport;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.InvalidInput;

/** The trial balance as of a date, read-only, for finance and auditors. */
@Named
@ViewScoped
public class TrialBalancePage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    @Inject
    TrialBalanceReport report;

    @Inject
    CurrentUser currentUser;

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

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("trial-balance")) {
            return Optional.empty();
        }
        TrialBalance tb = getTrialBalance();
        List<TrialBalance.Row> rows = new java.util.ArrayList<>(tb.rows());
        rows.add(new TrialBalance.Row(
                "", Texts.text("tb.totals"), "", tb.totalDebit(), tb.totalCredit(), tb.difference()));
        return Optional.of(Sheet.of(
                "trial-balance-" + tb.asOf(),
                Texts.format("tb.heading", tb.asOf().toString()),
                List.of(
                        Column.text(Texts.text("tb.account")),
                        Column.text(Texts.text("tb.name")),
                        Column.amount(Texts.text("tb.debit")),
                        Column.amount(Texts.text("tb.credit")),
                        Column.amount(Texts.text("tb.balance"))),
                rows,
                r -> List.of(r.account(), r.name(), r.debit(), r.credit(), r.balance())));
    }

    @Override
    public Optional<RenderedReport> pdf(String name) {
        return name.equals("trial-balance")
                ? Optional.of(report.pdf(getTrialBalance(), currentUser.getUsername(), Languages.current()))
                : Optional.empty();
    }

    /** The date shown (today unless one was chosen), for the date picker. */
    public LocalDate getShownDate() {
        return getTrialBalance().asOf();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
        this.trialBalance = null;
    }
}
