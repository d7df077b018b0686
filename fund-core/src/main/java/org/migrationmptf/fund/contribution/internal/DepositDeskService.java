package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.contribution.domain.ExchangeRate;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * Recording locks the agreement (and bumps its version), so two deposits on one agreement cannot both
 * fit into the same room. Verifying locks the deposit, so of two concurrent verifications one posts
 * and the other finds it posted. Refusals go on the audit trail in their own transaction before the
 * request's transaction rolls back.
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
    AuditTrail audit;

    @Inject
    AgreementFigures figures;

    @Override
    @Transactional
    public DepositView record(
            long agreementId, DepositRequest request, OptionalLong expectedAgreementVersion, AuthenticatedUser maker) {
        AuditRecord attempt = AuditRecord.attempt(
                maker.username(),
                maker.rolesText(),
                "DEPOSIT_RECORDED",
                "ContributionAgreement",
                Long.toString(agreementId));
        try {
            ContributionAgreement agreement =
                    em.find(ContributionAgreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
            if (agreement == null) {
                throw new NotFound("agreement " + agreementId);
            }
            if (expectedAgreementVersion.isPresent() && expectedAgreementVersion.getAsLong() != agreement.version()) {
                throw new StaleVersion(
                        "agreement " + agreement.reference(),
                        expectedAgreementVersion.getAsLong(),
                        agreement.version());
            }
            em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // its position moves: new ETag
            LocalDate receivedOn = request.receivedOn();
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
            Money amount = Money.of(request.amount(), CurrencyCode.of(request.currency()));
            agreement.requireRoomFor(amount, figures.depositedOrPending(agreement));
            ConvertedAmount converted = convert(amount, request);
            Deposit deposit = Deposit.record(
                    agreementId, receivedOn, converted, request.bankReference(), maker.username(), clock.instant());
            em.persist(deposit);
            em.flush();
            DepositView view = figures.view(deposit, agreement);
            audit.record(new AuditRecord(
                    maker.username(),
                    maker.rolesText(),
                    "DEPOSIT_RECORDED",
                    "Deposit",
                    Long.toString(deposit.id()),
                    "on agreement " + agreement.reference(),
                    null,
                    state(view)));
            return view;
        } catch (DomainRuleViolation | StaleVersion e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }

    private ConvertedAmount convert(Money amount, DepositRequest request) {
        if (amount.currency().equals(CurrencyCode.USD)) {
            return ConvertedAmount.sameCurrency(amount, request.receivedOn());
        }
        if (request.usdReceived() != null) {
            return ConvertedAmount.fromBankProceeds(
                    amount, Money.of(request.usdReceived(), CurrencyCode.USD), request.receivedOn());
        }
        YearMonth month = YearMonth.from(request.receivedOn());
        ExchangeRate rate = em.find(
                ExchangeRate.class, new ExchangeRate.Key(amount.currency().value(), month.atDay(1)));
        if (rate == null) {
            throw new DomainRuleViolation(
                    "no-exchange-rate",
                    "there is no UN operational rate for " + amount.currency() + " in " + month
                            + "; import it, or give the US dollars the bank credited");
        }
        return ConvertedAmount.atOperationalRate(amount, rate.unitsPerUsd(), rate.effectiveOn());
    }

    @Override
    @Transactional
    public DepositView verify(long depositId, OptionalLong expectedVersion, AuthenticatedUser checker) {
        AuditRecord attempt = AuditRecord.attempt(
                checker.username(), checker.rolesText(), "DEPOSIT_VERIFIED", "Deposit", Long.toString(depositId));
        try {
            Deposit deposit = em.find(Deposit.class, depositId, LockModeType.PESSIMISTIC_WRITE);
            if (deposit == null) {
                throw new NotFound("deposit " + depositId);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != deposit.version()) {
                throw new StaleVersion("deposit " + depositId, expectedVersion.getAsLong(), deposit.version());
            }
            ContributionAgreement agreement = em.find(ContributionAgreement.class, deposit.agreementId());
            String before = state(figures.view(deposit, agreement));
            deposit.requireVerifiableBy(checker.username());
            JournalEntryView depositEntry = ledger.post(depositEntry(deposit, agreement), checker.username());
            JournalEntryView feeEntry = ledger.post(feeEntry(deposit, agreement), checker.username());
            deposit.verifiedAndPosted(checker.username(), clock.instant(), depositEntry.id(), feeEntry.id());
            em.flush();
            DepositView view = figures.view(deposit, agreement);
            audit.record(new AuditRecord(
                    checker.username(),
                    checker.rolesText(),
                    "DEPOSIT_VERIFIED",
                    "Deposit",
                    Long.toString(depositId),
                    "posted as journal entries " + depositEntry.id() + " and " + feeEntry.id(),
                    before,
                    state(view)));
            return view;
        } catch (DomainRuleViolation | ConflictingState | StaleVersion e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }

    @Override
    @Transactional
    public DepositView reject(long depositId, String reason, OptionalLong expectedVersion, AuthenticatedUser checker) {
        AuditRecord attempt = AuditRecord.attempt(
                checker.username(), checker.rolesText(), "DEPOSIT_REJECTED", "Deposit", Long.toString(depositId));
        try {
            Deposit deposit = em.find(Deposit.class, depositId, LockModeType.PESSIMISTIC_WRITE);
            if (deposit == null) {
                throw new NotFound("deposit " + depositId);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != deposit.version()) {
                throw new StaleVersion("deposit " + depositId, expectedVersion.getAsLong(), deposit.version());
            }
            ContributionAgreement agreement = em.find(ContributionAgreement.class, deposit.agreementId());
            String before = state(figures.view(deposit, agreement));
            deposit.rejectedBy(checker.username(), reason, clock.instant());
            em.flush();
            DepositView view = figures.view(deposit, agreement);
            audit.record(new AuditRecord(
                    checker.username(),
                    checker.rolesText(),
                    "DEPOSIT_REJECTED",
                    "Deposit",
                    Long.toString(depositId),
                    reason,
                    before,
                    state(view)));
            return view;
        } catch (DomainRuleViolation | ConflictingState | StaleVersion e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }

    /** Cash with the Administrative Agent against contributions, by contributor and earmark. */
    static JournalEntryDraft depositEntry(Deposit deposit, ContributionAgreement agreement) {
        String contributor = agreement.contributorCode();
        String earmark = agreement.earmark().label();
        return new JournalEntryDraft(
                deposit.receivedOn(),
                EntryKind.DEPOSIT,
                "Deposit " + deposit.id() + " from " + contributor + " on " + agreement.reference() + ": "
                        + deposit.original(),
                "deposit:" + deposit.id(),
                List.of(
                        PostingLine.debit(LedgerAccounts.CASH_WITH_AA, deposit.usd())
                                .forContributor(contributor, earmark),
                        PostingLine.credit(LedgerAccounts.CONTRIBUTIONS, deposit.usd())
                                .forContributor(contributor, earmark)));
    }

    /** The Administrative Agent's 1 % fee, out of the cash, booked with the deposit. */
    static JournalEntryDraft feeEntry(Deposit deposit, ContributionAgreement agreement) {
        return new JournalEntryDraft(
                deposit.receivedOn(),
                EntryKind.AA_FEE,
                "Administrative Agent fee (1 %) on deposit " + deposit.id(),
                "deposit-fee:" + deposit.id(),
                List.of(
                        PostingLine.debit(LedgerAccounts.AA_FEE, deposit.fee())
                                .forContributor(
                                        agreement.contributorCode(),
                                        agreement.earmark().label()),
                        PostingLine.credit(LedgerAccounts.CASH_WITH_AA, deposit.fee())
                                .forContributor(
                                        agreement.contributorCode(),
                                        agreement.earmark().label())));
    }

    static String state(DepositView d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", d.status());
        fields.put("agreement", d.agreementReference());
        fields.put("receivedOn", d.receivedOn().toString());
        fields.put("amount", d.amount());
        fields.put("currency", d.currency());
        fields.put("unitsPerUsd", d.unitsPerUsd());
        fields.put("rateSource", d.rateSource());
        fields.put("usd", d.usdAmount());
        fields.put("fee", d.feeUsd());
        fields.put("recordedBy", d.recordedBy());
        fields.put("verifiedBy", d.verifiedBy());
        return AuditRecord.state(fields);
    }
}
