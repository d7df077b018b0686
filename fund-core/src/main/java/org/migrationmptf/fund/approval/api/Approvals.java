package org.migrationmptf.fund.approval.api;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The approval mechanism as the domains use it: inside a maker's command, {@link #open} puts what
 * was prepared up for approval; inside a checker's command, {@link #decide} checks and records the
 * decision and has the owning domain carry it out. People reach it through {@link ApprovalDesk}
 * (or a domain's own desk, e.g. verifying a deposit, which calls {@link #decide}).
 */
public interface Approvals {

    /** A decision a checker takes. */
    enum Decision {
        APPROVE,
        REJECT
    }

    /**
     * Opens the pending approval of {@code action} on {@code subject}, in the maker's transaction.
     *
     * @param payload what exactly is to be done, as the checker will see it (a flat JSON object)
     * @throws org.migrationmptf.fund.shared.ConflictingState {@code approval-pending} if the subject
     *     already awaits approval of that action
     */
    ApprovalView open(
            FourEyesAction action,
            Subject subject,
            long subjectVersion,
            String summary,
            Map<String, ?> payload,
            AuthenticatedUser maker);

    /**
     * Decides a pending approval in the checker's command (transaction and audit are the caller's):
     * locks it, checks its version, that it is pending, that the checker did not prepare it and holds
     * the checker's permission, then has the owning domain carry the decision out.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code maker-checker}, {@code
     *     rejection-reason-required}
     * @throws org.migrationmptf.fund.shared.ConflictingState {@code already-approved}, {@code
     *     already-rejected}, {@code approval-outdated}
     * @throws org.migrationmptf.fund.shared.StaleVersion if {@code expectedVersion} is not the approval's
     */
    ApprovalView decide(
            long approvalId,
            Decision decision,
            String reason,
            OptionalLong expectedVersion,
            AuthenticatedUser checker,
            AuditedEvent event);

    /** The pending approval of {@code action} on the subject, if there is one. */
    Optional<ApprovalView> pending(FourEyesAction action, String subjectId);

    /** One approval, for staff who may decide or audit approvals. */
    ApprovalView approval(long id, AuthenticatedUser viewer);

    /** The pending approvals {@code user} may decide (not their own; their role holds the checker's permission). */
    Page<ApprovalView> inbox(AuthenticatedUser user, PageRequest page);

    /** Approvals of every status, newest first (auditors, finance), optionally of one action. */
    Page<ApprovalView> approvals(
            Optional<FourEyesAction> action,
            Optional<ApprovalStatus> status,
            PageRequest page,
            AuthenticatedUser viewer);
}
