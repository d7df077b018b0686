package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;

/**
 * The approval inbox of the secretariat: every pending approval the user may decide (never their
 * own), whatever the action; approving asks for confirmation of exactly what was prepared. The same
 * {@link ApprovalDesk} as {@code /api/v1/approvals}, so page and API give the same answer.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/work/approvals";

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk desk;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private final Map<Long, String> rejectionReasons = new HashMap<>();
    private Long confirming;
    private PagedTable<ApprovalView> table;

    /** The inbox, oldest first, a page at a time. */
    public PagedTable<ApprovalView> getInbox() {
        if (table == null) {
            table = new PagedTable<>(
                    page -> approvals.inbox(currentUser.required(), page), java.util.Set.of(), null, false);
        }
        return table;
    }

    public ApprovalView getConfirmation() {
        return confirming == null ? null : approvals.approval(confirming, currentUser.required());
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
            PageCommands.error(Texts.text("approvals.chooseFirst"));
            return null;
        }
        return commands.submit(currentUser.required(), token, "approve", Map.of("approval", approvalId), PAGE, () -> {
            ApprovalView approved = desk.approve(approvalId, OptionalLong.empty(), currentUser.required());
            return Texts.format("approvals.approved", approved.summary());
        });
    }

    public String reject(long approvalId) {
        String reason = rejectionReasons.get(approvalId);
        return commands.submit(
                currentUser.required(),
                token,
                "reject",
                Map.of("approval", approvalId, "reason", String.valueOf(reason)),
                PAGE,
                () -> {
                    ApprovalView rejected =
                            desk.reject(approvalId, reason, OptionalLong.empty(), currentUser.required());
                    return Texts.format("approvals.rejected", rejected.summary());
                });
    }

    public Map<Long, String> getRejectionReasons() {
        return rejectionReasons;
    }
}
