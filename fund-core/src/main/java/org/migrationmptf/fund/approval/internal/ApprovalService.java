package org.migrationmptf.fund.approval.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.ApprovalHandler;
import org.migrationmptf.fund.approval.api.ApprovalStatus;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.approval.domain.Approval;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;
import org.migrationmptf.fund.shared.Text;

/**
 * The approval mechanism. Lock order of a decision: the approval row first, then whatever the
 * owning domain's handler locks (agreement, deposit, ledger head), and the audit chain head last
 * (taken by the command that runs the decision).
 */
@ApplicationScoped
class ApprovalService implements Approvals, ApprovalDesk {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditedCommands commands;

    @Inject
    Instance<ApprovalHandler> handlers;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ApprovalView open(
            FourEyesAction action,
            Subject subject,
            long subjectVersion,
            String summary,
            Map<String, ?> payload,
            AuthenticatedUser maker) {
        maker.require(action.prepare());
        if (!subject.type().equals(action.subjectType())) {
            throw new IllegalArgumentException(action + " concerns a " + action.subjectType() + ", not " + subject);
        }
        if (pending(action, subject.id()).isPresent()) {
            throw alreadyPending(action, subject);
        }
        Approval approval = Approval.open(
                action,
                subject.id(),
                subjectVersion,
                summary,
                AuditRecord.state(payload),
                maker.username(),
                clock.instant());
        try {
            em.persist(approval);
            em.flush();
        } catch (PersistenceException e) {
            // the unique open key: another maker opened the same approval a moment ago
            throw alreadyPending(action, subject);
        }
        return approval.view();
    }

    private static ConflictingState alreadyPending(FourEyesAction action, Subject subject) {
        return new ConflictingState(
                "approval-pending",
                subject.type() + " " + subject.id() + " already awaits approval of " + action
                        + "; decide that one first");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ApprovalView decide(
            long approvalId,
            Decision decision,
            String reason,
            OptionalLong expectedVersion,
            AuthenticatedUser checker,
            AuditedEvent event) {
        Approval approval = em.find(Approval.class, approvalId, LockModeType.PESSIMISTIC_WRITE);
        if (approval == null) {
            throw new NotFound("approval " + approvalId);
        }
        FourEyesAction action = approval.action();
        checker.require(decision == Decision.APPROVE ? action.approve() : action.reject());
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != approval.version()) {
            throw new StaleVersion("approval " + approvalId, expectedVersion.getAsLong(), approval.version());
        }
        approval.requireDecidableBy(checker.username());
        ApprovalView prepared = approval.view();
        ApprovalHandler handler = handlerOf(action);
        if (decision == Decision.APPROVE) {
            handler.approved(prepared, checker, event);
            approval.approveBy(checker.username(), clock.instant());
        } else {
            String why = Text.required("reason", reason, 300);
            approval.rejectBy(checker.username(), why, clock.instant());
            handler.rejected(prepared, why, checker, event);
        }
        em.flush();
        ApprovalView decided = approval.view();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("approval", decided.id());
        state.put("action", action.name());
        state.put("status", decided.status().name());
        state.put("preparedBy", decided.preparedBy());
        state.put("decidedBy", decided.decidedBy());
        event.detail((decision == Decision.APPROVE ? "approved " : "rejected (" + decided.reason() + ") ") + "approval "
                        + decided.id() + " prepared by " + decided.preparedBy() + ": " + decided.summary())
                .after(state);
        return decided;
    }

    private ApprovalHandler handlerOf(FourEyesAction action) {
        return handlers.stream()
                .filter(h -> h.action() == action)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler carries out " + action));
    }

    @Override
    public ApprovalView approve(long approvalId, OptionalLong expectedVersion, AuthenticatedUser checker) {
        return decideAsCommand(approvalId, Decision.APPROVE, null, expectedVersion, checker);
    }

    @Override
    public ApprovalView reject(
            long approvalId, String reason, OptionalLong expectedVersion, AuthenticatedUser checker) {
        return decideAsCommand(approvalId, Decision.REJECT, reason, expectedVersion, checker);
    }

    private ApprovalView decideAsCommand(
            long approvalId,
            Decision decision,
            String reason,
            OptionalLong expectedVersion,
            AuthenticatedUser checker) {
        ApprovalView approval = find(approvalId);
        FourEyesAction action = approval.action();
        return commands.run(
                checker,
                decision == Decision.APPROVE ? action.approve() : action.reject(),
                new Subject(approval.subjectType(), approval.subjectId()),
                event -> decide(approvalId, decision, reason, expectedVersion, checker, event));
    }

    private ApprovalView find(long id) {
        Approval approval = em.find(Approval.class, id);
        if (approval == null) {
            throw new NotFound("approval " + id);
        }
        return approval.view();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApprovalView> pending(FourEyesAction action, String subjectId) {
        return em
                .createNamedQuery("Approval.pendingOf", Approval.class)
                .setParameter("key", Approval.openKey(action, subjectId))
                .getResultList()
                .stream()
                .findFirst()
                .map(Approval::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovalView approval(long id, AuthenticatedUser viewer) {
        if (!mayReadApprovals(viewer)) {
            throw new NotFound("approval " + id);
        }
        return find(id);
    }

    /** Those who decide or prepare approvals, and the auditors. */
    private static boolean mayReadApprovals(AuthenticatedUser viewer) {
        return viewer.isFundStaff();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApprovalView> inbox(AuthenticatedUser user, PageRequest page) {
        List<FourEyesAction> decidable = Arrays.stream(FourEyesAction.values())
                .filter(a -> user.may(a.approve()) || user.may(a.reject()))
                .toList();
        if (decidable.isEmpty()) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        List<ApprovalView> items = em
                .createNamedQuery("Approval.inbox", Approval.class)
                .setParameter("pending", ApprovalStatus.PENDING)
                .setParameter("actions", decidable)
                .setParameter("user", user.username())
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(Approval::view)
                .toList();
        long total = em.createNamedQuery("Approval.inboxCount", Long.class)
                .setParameter("pending", ApprovalStatus.PENDING)
                .setParameter("actions", decidable)
                .setParameter("user", user.username())
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApprovalView> approvals(
            Optional<FourEyesAction> action,
            Optional<ApprovalStatus> status,
            PageRequest page,
            AuthenticatedUser viewer) {
        if (!mayReadApprovals(viewer)) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        action.ifPresent(a -> where.append(" AND a.action = :action"));
        status.ifPresent(s -> where.append(" AND a.status = :status"));
        TypedQuery<Approval> query =
                em.createQuery("SELECT a FROM Approval a" + where + " ORDER BY a.id DESC", Approval.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Approval a" + where, Long.class);
        action.ifPresent(a -> {
            query.setParameter("action", a);
            count.setParameter("action", a);
        });
        status.ifPresent(s -> {
            query.setParameter("status", s);
            count.setParameter("status", s);
        });
        List<ApprovalView> items =
                query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                        .map(Approval::view)
                        .toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }
}
