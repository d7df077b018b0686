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
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.PeriodDesk;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Closing months, four-eyes: one finance user prepares the close of a month (stating what it holds),
 * a second approves exactly that (or rejects it) from the list of closes awaiting approval.
 */
@Named
@ViewScoped
public class PeriodsPage implements Serializable, Downloadable {

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

    /** The months with postings, latest first (a few a year: read whole, shown a page at a time). */
    public List<AccountingPeriodView> getPeriods() {
        List<AccountingPeriodView> periods = new ArrayList<>(ledger.periods());
        periods.sort(
                java.util.Comparator.comparing(AccountingPeriodView::period).reversed());
        return periods;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("periods")) {
            return Optional.empty();
        }
        return Optional.of(Sheet.of(
                "periods",
                Texts.text("periods.title"),
                List.of(
                        Column.text(Texts.text("periods.month")),
                        Column.text(Texts.text("periods.status")),
                        Column.text(Texts.text("periods.closedBy")),
                        Column.instant(Texts.text("periods.closedAt"))),
                getPeriods(),
                m -> java.util.Arrays.asList(
                        m.period(), Texts.text("period.status." + m.status().name()), m.closedBy(), m.closedAt())));
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
            PageCommands.error(Texts.text("periods.badMonth"));
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
            PageCommands.error(Texts.text("periods.chooseFirst"));
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "approve period close", Map.of("approval", approvalId), PAGE, () -> {
                    ApprovalView approved =
                            approvalDesk.approve(approvalId, OptionalLong.empty(), currentUser.required());
                    return Texts.format("periods.approved", approved.subjectId());
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
                    return Texts.format("periods.rejected", rejected.subjectId());
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
