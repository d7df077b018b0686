package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.contribution.api.AgreementDesk;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.Earmark;
import org.migrationmptf.fund.contribution.api.NewAgreement;
import org.migrationmptf.fund.contribution.domain.Amendment;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.StaleVersion;

@ApplicationScoped
class AgreementDeskService implements AgreementDesk {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AgreementFigures figures;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Clock clock;

    /** The window of an agreement registered without naming one. */
    static final String DEFAULT_WINDOW = "PROGRAMMATIC";

    private void requireWindow(String code) {
        Long known = em.createQuery("SELECT COUNT(w) FROM FundWindow w WHERE w.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
        if (known == 0) {
            throw new DomainRuleViolation("unknown-window", "the fund has no window " + code);
        }
    }

    @Override
    @Transactional
    public AgreementView amend(
            long agreementId,
            LocalDate signedOn,
            BigDecimal change,
            String reason,
            OptionalLong expectedVersion,
            AuthenticatedUser by) {
        AuditRecord attempt = AuditRecord.attempt(
                by.username(),
                by.rolesText(),
                "AGREEMENT_AMENDED",
                "ContributionAgreement",
                Long.toString(agreementId));
        try {
            ContributionAgreement agreement =
                    em.find(ContributionAgreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
            if (agreement == null) {
                throw new NotFound("agreement " + agreementId);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != agreement.version()) {
                throw new StaleVersion(
                        "agreement " + agreement.reference(), expectedVersion.getAsLong(), agreement.version());
            }
            String before = AuditRecord.state(
                    Map.of("commitment", agreement.commitment().amount()));
            Amendment amendment = agreement.amend(
                    signedOn,
                    Money.of(change, agreement.currency()),
                    reason,
                    figures.depositedOrPending(agreement),
                    by.username());
            em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("amendment", amendment.number());
            after.put("change", amendment.change());
            after.put("commitment", agreement.commitment().amount());
            audit.record(new AuditRecord(
                    by.username(),
                    by.rolesText(),
                    "AGREEMENT_AMENDED",
                    "ContributionAgreement",
                    Long.toString(agreementId),
                    reason,
                    before,
                    AuditRecord.state(after)));
            return figures.views(List.of(agreement), LocalDate.now(clock)).get(0);
        } catch (DomainRuleViolation | StaleVersion e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }

    private static Earmark earmark(NewAgreement request) {
        try {
            return new Earmark(Earmark.Kind.valueOf(request.earmarkKind()), request.earmarkCode());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation(
                    "earmark-invalid",
                    "earmark an agreement as UNEARMARKED (no code), THEMATIC_AREA with a thematic area code, or"
                            + " WINDOW with a window code");
        }
    }

    @Override
    @Transactional
    public AgreementView register(NewAgreement request, AuthenticatedUser by) {
        AuditRecord attempt = AuditRecord.attempt(
                by.username(),
                by.rolesText(),
                "AGREEMENT_REGISTERED",
                "ContributionAgreement",
                String.valueOf(request.reference()));
        try {
            if (em.find(Contributor.class, request.contributorCode()) == null) {
                throw new DomainRuleViolation(
                        "unknown-contributor", "there is no contributor " + request.contributorCode());
            }
            CurrencyCode currency = CurrencyCode.of(request.currency());
            if (reference.currencies().stream().noneMatch(c -> c.code().equals(currency.value()))) {
                throw new DomainRuleViolation("unknown-currency", "the fund does not accept " + currency);
            }
            Earmark earmark = earmark(request);
            String window = request.fundWindow() == null || request.fundWindow().isBlank()
                    ? DEFAULT_WINDOW
                    : request.fundWindow();
            requireWindow(window);
            if (earmark.kind() == Earmark.Kind.WINDOW) {
                requireWindow(earmark.code());
            }
            if (earmark.kind() == Earmark.Kind.THEMATIC_AREA
                    && reference.thematicAreas().stream()
                            .noneMatch(t -> t.code().equals(earmark.code()))) {
                throw new DomainRuleViolation("unknown-thematic-area", "there is no thematic area " + earmark.code());
            }
            Long sameReference = em.createQuery(
                            "SELECT COUNT(a) FROM ContributionAgreement a WHERE a.reference = :ref", Long.class)
                    .setParameter("ref", request.reference())
                    .getSingleResult();
            if (sameReference > 0) {
                throw new DomainRuleViolation(
                        "duplicate-agreement", "an agreement with reference " + request.reference() + " exists");
            }
            ContributionAgreement agreement = ContributionAgreement.register(
                    request.reference(),
                    request.contributorCode(),
                    request.signedOn(),
                    Money.of(request.committed(), currency),
                    window,
                    earmark,
                    request.schedule().stream()
                            .map(NewAgreement.ScheduledInstalment::dueOn)
                            .toList(),
                    request.schedule().stream()
                            .map(i -> Money.of(i.amount(), currency))
                            .toList(),
                    by.username());
            em.persist(agreement);
            em.flush();
            AgreementView view =
                    figures.views(List.of(agreement), request.signedOn()).get(0);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("reference", view.reference());
            after.put("contributor", view.contributorCode());
            after.put("currency", view.currency());
            after.put("committed", view.committed());
            after.put("window", window);
            after.put("earmark", earmark.label());
            audit.record(new AuditRecord(
                    by.username(),
                    by.rolesText(),
                    "AGREEMENT_REGISTERED",
                    "ContributionAgreement",
                    Long.toString(view.id()),
                    null,
                    null,
                    AuditRecord.state(after)));
            return view;
        } catch (DomainRuleViolation e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }
}
