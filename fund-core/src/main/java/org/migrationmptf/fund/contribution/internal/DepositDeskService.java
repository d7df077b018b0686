package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.StaleVersion;
import org.migrationmptf.fund.shared.Text;

/**
 * Recording locks the agreement (and bumps its version), so two deposits on one agreement cannot both
 * fit into the same room, and opens the deposit's four-eyes approval. Verifying and rejecting decide
 * that approval ({@link DepositPosting} carries the decision out). Every lock is taken in one order:
 * approval, agreement, deposit, ledger head, audit chain head.
 */
@ApplicationScoped
class DepositDeskService implements DepositDesk {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    AuditedCommands commands;

    @Inject
    Approvals approvals;

    @Inject
    AgreementFigures figures;

    @Inject
    FundCalendar calendar;

    @Inject
    DepositConversion conversion;

    @Override
    public DepositView record(
            long agreementId, DepositRequest request, OptionalLong expectedAgreementVersion, AuthenticatedUser maker) {
        return commands.run(
                maker, Permission.RECORD_DEPOSIT, Subject.of("ContributionAgreement", agreementId), event -> {
                    LocalDate receivedOn = calendar.require("receivedOn", request.receivedOn());
                    String bankReference = Text.optional("bankReference", request.bankReference(), 60);
                    ContributionAgreement agreement =
                            em.find(ContributionAgreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
                    if (agreement == null) {
                        throw new NotFound("agreement " + agreementId);
                    }
                    if (expectedAgreementVersion.isPresent()
                            && expectedAgreementVersion.getAsLong() != agreement.version()) {
                        throw new StaleVersion(
                                "agreement " + agreement.reference(),
                                expectedAgreementVersion.getAsLong(),
                                agreement.version());
                    }
                    em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // its position moves: new ETag
                    CurrencyCode currency = CurrencyCode.of(request.currency());
                    if (!currency.equals(agreement.currency())) {
                        throw new DomainRuleViolation(
                                "currency-differs",
                                "agreement " + agreement.reference() + " is in " + agreement.currency()
                                        + "; a deposit in " + currency + " cannot be recorded on it");
                    }
                    Money amount = Money.ofField("amount", request.amount(), currency);
                    if (receivedOn.isBefore(agreement.signedOn())) {
                        throw new DomainRuleViolation(
                                "deposit-before-signature",
                                "agreement " + agreement.reference() + " was signed on " + agreement.signedOn()
                                        + "; a deposit cannot be received before that");
                    }
                    if (receivedOn.isAfter(LocalDate.now(clock))) {
                        throw new DomainRuleViolation("deposit-in-future", "a deposit cannot be received after today");
                    }
                    ledger.requireOpen(receivedOn);
                    agreement.requireRoomFor(amount, figures.depositedOrPending(agreement));
                    ConvertedAmount converted = conversion.convert(amount, request);
                    Deposit deposit = Deposit.record(
                            agreementId, receivedOn, converted, bankReference, maker.username(), clock.instant());
                    em.persist(deposit);
                    em.flush();
                    DepositView view = figures.view(deposit, agreement);
                    ApprovalView approval = approvals.open(
                            FourEyesAction.DEPOSIT_POSTING,
                            Subject.of("Deposit", deposit.id()),
                            deposit.version(),
                            "Post deposit " + deposit.id() + " on " + agreement.reference() + ": "
                                    + converted.original() + " = USD "
                                    + converted.usd().amount().toPlainString()
                                    + " (fee " + deposit.fee().amount().toPlainString() + ")",
                            state(view),
                            maker);
                    event.subject(Subject.of("Deposit", deposit.id()))
                            .detail("on agreement " + agreement.reference() + "; awaiting approval " + approval.id())
                            .after(state(view));
                    return view;
                });
    }

    @Override
    public DepositView verify(long depositId, OptionalLong expectedVersion, AuthenticatedUser checker) {
        return decide(depositId, Approvals.Decision.APPROVE, null, expectedVersion, checker);
    }

    @Override
    public DepositView reject(long depositId, String reason, OptionalLong expectedVersion, AuthenticatedUser checker) {
        return decide(depositId, Approvals.Decision.REJECT, reason, expectedVersion, checker);
    }

    /** The deposit's pending approval, decided through the one approval mechanism. */
    private DepositView decide(
            long depositId,
            Approvals.Decision decision,
            String reason,
            OptionalLong expectedVersion,
            AuthenticatedUser checker) {
        Permission permission =
                decision == Approvals.Decision.APPROVE ? Permission.VERIFY_DEPOSIT : Permission.REJECT_DEPOSIT;
        commands.run(checker, permission, Subject.of("Deposit", depositId), event -> {
            Deposit deposit = em.find(Deposit.class, depositId);
            if (deposit == null) {
                throw new NotFound("deposit " + depositId);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != deposit.version()) {
                throw new StaleVersion("deposit " + depositId, expectedVersion.getAsLong(), deposit.version());
            }
            ApprovalView pending = approvals
                    .pending(FourEyesAction.DEPOSIT_POSTING, Long.toString(depositId))
                    .orElseThrow(() -> alreadyDecided(deposit));
            return approvals.decide(pending.id(), decision, reason, OptionalLong.empty(), checker, event);
        });
        return currentView(depositId);
    }

    private static ConflictingState alreadyDecided(Deposit deposit) {
        if (deposit.status() == DepositStatus.REJECTED) {
            return new ConflictingState(
                    "already-rejected", "deposit " + deposit.id() + " was rejected: " + deposit.rejectionReason());
        }
        return new ConflictingState(
                "already-posted",
                "deposit " + deposit.id() + " was already verified by " + deposit.verifiedBy() + " and is posted");
    }

    private DepositView currentView(long depositId) {
        Deposit deposit = em.find(Deposit.class, depositId); // read after the commit: the decided state
        return figures.view(deposit, em.find(ContributionAgreement.class, deposit.agreementId()));
    }

    static Map<String, Object> state(DepositView d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", d.status().name());
        fields.put("agreement", d.agreementReference());
        fields.put("receivedOn", d.receivedOn().toString());
        fields.put("amount", d.amount());
        fields.put("currency", d.currency());
        fields.put("unitsPerUsd", d.unitsPerUsd());
        fields.put("rateSource", d.rateSource());
        if (d.bankStatedRate() != null) {
            fields.put("bankStatedRate", d.bankStatedRate());
        }
        fields.put("usd", d.usdAmount());
        fields.put("fee", d.feeUsd());
        fields.put("bankReference", d.bankReference());
        fields.put("recordedBy", d.recordedBy());
        fields.put("verifiedBy", d.verifiedBy());
        return fields;
    }
}
