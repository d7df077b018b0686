package org.migrationmptf.fund.ledger.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalHandler;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.ledger.api.PeriodDesk;
import org.migrationmptf.fund.ledger.domain.AccountingPeriod;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * Four-eyes period close. The maker states what the month holds (its entries and their total); the
 * approval carries that statement, and the checker's approval closes the month only if it still holds
 * exactly that, at the period version the maker saw. Locks the ledger head first, as postings do.
 */
@ApplicationScoped
class PeriodDeskService implements PeriodDesk, ApprovalHandler {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    JournalLedger ledger;

    @Inject
    Approvals approvals;

    @Inject
    AuditedCommands commands;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public ApprovalView prepareClose(YearMonth month, OptionalLong expectedVersion, AuthenticatedUser by) {
        return commands.run(by, Permission.PREPARE_PERIOD_CLOSE, Subject.of("AccountingPeriod", month), event -> {
            calendar.require("month", month);
            if (!month.isBefore(YearMonth.now(clock))) {
                throw new DomainRuleViolation(
                        "period-not-ended", "only a month that has ended can be closed; " + month + " has not");
            }
            ledger.lockHead();
            AccountingPeriod period = ledger.periodOf(month.atDay(1), true);
            em.flush();
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != period.version()) {
                throw new StaleVersion("the period " + month, expectedVersion.getAsLong(), period.version());
            }
            if (period.isClosed()) {
                throw new DomainRuleViolation("period-already-closed", "the period " + month + " is already closed");
            }
            Map<String, Object> contents = ledger.contentsOf(month);
            ApprovalView approval = approvals.open(
                    FourEyesAction.PERIOD_CLOSE,
                    Subject.of("AccountingPeriod", month),
                    period.version(),
                    "Close " + month + ": " + contents.get("entries") + " entries, debits USD "
                            + contents.get("debitsUsd"),
                    contents,
                    by);
            event.detail("awaiting approval " + approval.id()).after(contents);
            return approval;
        });
    }

    @Override
    public FourEyesAction action() {
        return FourEyesAction.PERIOD_CLOSE;
    }

    @Override
    public void approved(ApprovalView approval, AuthenticatedUser checker, AuditedEvent event) {
        YearMonth month = YearMonth.parse(approval.subjectId());
        ledger.lockHead();
        AccountingPeriod period = em.find(AccountingPeriod.class, month.toString(), LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> contents = ledger.contentsOf(month);
        if (period == null
                || period.version() != approval.subjectVersion()
                || !AuditRecord.state(contents).equals(approval.payload())) {
            throw new ConflictingState(
                    "approval-outdated",
                    "the period " + month + " changed since its close was prepared (" + approval.payload() + ", now "
                            + AuditRecord.state(contents) + "); reject this approval and prepare it again");
        }
        event.before(Map.of("status", period.view().status().name()));
        period.close(checker.username(), clock.instant());
        em.flush();
        event.after(Map.of("status", period.view().status().name(), "period", month.toString()));
    }

    @Override
    public void rejected(ApprovalView approval, String reason, AuthenticatedUser checker, AuditedEvent event) {
        // nothing was changed by the preparation: the month stays open
    }
}
