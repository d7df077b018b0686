package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.contribution.api.AgreementDesk;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.Earmark;
import org.migrationmptf.fund.contribution.api.NewAgreement;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

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
        AuditRecord attempt = DepositDeskService.attempt(
                by, "AGREEMENT_REGISTERED", "ContributionAgreement", String.valueOf(request.reference()));
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
            audit.recordRefusal(DepositDeskService.refused(attempt, e.rule(), e.getMessage()));
            throw e;
        }
    }
}
