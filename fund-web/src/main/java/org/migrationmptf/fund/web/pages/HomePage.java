package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.ledger.api.FundPosition;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The figures of the role home pages that are not a page of their own: the auditor's (trial balance
 * totals, the latest audit events) and the secretariat's and PUNO reporters' (the fund's position,
 * and what their work will be). Each figure is one read from maintained balances.
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private TrialBalance trialBalance;
    private Page<AuditEventView> latest;
    private FundPosition position;

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public TrialBalance getTrialBalance() {
        if (trialBalance == null) {
            trialBalance = ledger.trialBalance(getToday());
        }
        return trialBalance;
    }

    /** The ten latest audit events and the number of all of them. */
    public Page<AuditEventView> getLatestEvents() {
        if (latest == null) {
            latest = trail.events(AuditQuery.ALL, new PageRequest(0, 10, null, true));
        }
        return latest;
    }

    public FundPosition getPosition() {
        if (position == null) {
            position = ledger.fundPosition(getToday());
        }
        return position;
    }

    /** The bundle key of what the user's role will do here, e.g. {@code work.FUND_OFFICER}. */
    public List<String> getWorkKeys() {
        return java.util.stream.Stream.of(Role.FUND_OFFICER, Role.FUND_APPROVER, Role.PUNO_REPORTER)
                .filter(currentUser::has)
                .map(r -> "work." + r.name())
                .toList();
    }
}
