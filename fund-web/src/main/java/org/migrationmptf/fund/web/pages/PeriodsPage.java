package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.PeriodDesk;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Closing months, four-eyes: one finance user prepares the close of a month (stating what it holds),
 * a second approves exactly that (or rejects it) from the list of closes awaiting approval.
 */
@Named
@ViewScoped
public class PeriodsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/finance/periods";

    @Inject
    Ledger ledger;

    @Inject
    PeriodDesk periods;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk approvalDesk;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String month;
    private Long confirming;
    private final HashMap<Long, String> rejectionReasons = new HashMap<>();

    public List<AccountingPeriodView> getPeriods() {
        return new ArrayList<>(ledger.periods());
    }

    /** Period closes awaiting approval that the user may decide. */
    public List<ApprovalView> getPendingCloses() {
        return approvals.inbox(currentUser.required(), new PageRequest(0, 100, null, false)).items().stream()
                .filter(a -> a.action() == FourEyesAction.PERIOD_CLOSE)
                .toList();
    }

    public String prepareClose() {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month == null ? "" : month.trim());
        } catch (DateTimeParseException e) {
            PageCommands.error("Give the month as YYYY-MM, for example 2026-10");
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "prepare period close", Map.of("month", parsed.toString()), PAGE, () -> {
                    ApprovalView prepared = periods.prepareClose(parsed, OptionalLong.empty(), currentUser.required());
                    return prepared.summary() + ": prepared; another finance user must approve it (approval "
                            + prepared.id() + ")";
                });
    }

    public ApprovalView getConfirmation() {
        return confirming == null
                ? null
                : getPendingCloses().stream()
                        .filter(a -> a.id() == confirming)
                        .findFirst()
                        .orElse(null);
    }

    public void askToApprove(long approvalId) {
        confirming = approvalId;
    }

    public void cancel() {
        confirming = null;
    }

    public String approve() {
        Long approvalId = confirming;
        if (approvalId == null) {
            PageCommands.error("Choose the close to approve first");
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "approve period close", Map.of("approval", approvalId), PAGE, () -> {
                    ApprovalView approved =
                            approvalDesk.approve(approvalId, OptionalLong.empty(), currentUser.required());
                    return "Approved: " + approved.subjectId() + " is closed; nothing can be posted into it any more";
                });
    }

    public String reject(long approvalId) {
        String reason = rejectionReasons.get(approvalId);
        return commands.submit(
                currentUser.required(),
                token,
                "reject period close",
                Map.of("approval", approvalId, "reason", String.valueOf(reason)),
                PAGE,
                () -> {
                    ApprovalView rejected =
                            approvalDesk.reject(approvalId, reason, OptionalLong.empty(), currentUser.required());
                    return "Rejected: " + rejected.subjectId() + " stays open";
                });
    }

    public Map<Long, String> getRejectionReasons() {
        return rejectionReasons;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
