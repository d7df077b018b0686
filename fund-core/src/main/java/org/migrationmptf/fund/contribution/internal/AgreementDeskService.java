package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.contribution.api.AgreementDesk;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.Earmark;
import org.migrationmptf.fund.contribution.api.NewAgreement;
import org.migrationmptf.fund.contribution.domain.Amendment;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.StaleVersion;
import org.migrationmptf.fund.shared.Text;
import org.migrationmptf.fund.shared.TooLarge;

@ApplicationScoped
class AgreementDeskService implements AgreementDesk {

    /** The window of an agreement registered without naming one. */
    static final String DEFAULT_WINDOW = "PROGRAMMATIC";

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    AgreementFigures figures;

    @Inject
    ReferenceCatalog reference;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    private void requireWindow(String code) {
        Long known = em.createQuery("SELECT COUNT(w) FROM FundWindow w WHERE w.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
        if (known == 0) {
            throw new DomainRuleViolation("unknown-window", "the fund has no window " + code);
        }
    }

    /** A signature is a past event: dated today at the latest. */
    private void requireSigned(LocalDate signedOn, String what) {
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation("signed-in-future", "an " + what + " is registered once signed, not before");
        }
    }

    @Override
    public AgreementView amend(
            long agreementId,
            LocalDate signedOn,
            BigDecimal change,
            String reason,
            OptionalLong expectedVersion,
            AuthenticatedUser by) {
        return commands.run(by, Permission.AMEND_AGREEMENT, Subject.of("ContributionAgreement", agreementId), event -> {
            calendar.require("signedOn", signedOn);
            String why = Text.required("reason", reason, 300);
            ContributionAgreement agreement =
                    em.find(ContributionAgreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
            if (agreement == null) {
                throw new NotFound("agreement " + agreementId);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != agreement.version()) {
                throw new StaleVersion(
                        "agreement " + agreement.reference(), expectedVersion.getAsLong(), agreement.version());
            }
            requireSigned(signedOn, "amendment");
            Map<String, Object> before =
                    Map.of("commitment", agreement.commitment().amount());
            Amendment amendment = agreement.amend(
                    signedOn,
                    Money.ofField("change", change, agreement.currency()),
                    why,
                    figures.depositedOrPending(agreement),
                    by.username());
            em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            AgreementView view =
                    figures.views(List.of(agreement), LocalDate.now(clock)).get(0);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("amendment", amendment.number());
            after.put("signedOn", signedOn.toString());
            after.put(
                    "change", Money.of(amendment.change(), agreement.currency()).amount());
            after.put("commitment", agreement.commitment().amount());
            event.detail(why).before(before).after(after);
            return view;
        });
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
    public AgreementView register(NewAgreement request, AuthenticatedUser by) {
        return commands.run(
                by,
                Permission.REGISTER_AGREEMENT,
                Subject.of("ContributionAgreement", String.valueOf(request.reference())),
                event -> {
                    String reference = Text.required("reference", request.reference(), 30);
                    LocalDate signedOn = calendar.require("signedOn", request.signedOn());
                    List<NewAgreement.ScheduledInstalment> schedule =
                            request.schedule() == null ? List.of() : request.schedule();
                    if (schedule.size() > ContributionAgreement.MAX_INSTALMENTS) {
                        throw new TooLarge(
                                "schedule",
                                "a payment schedule has at most " + ContributionAgreement.MAX_INSTALMENTS
                                        + " instalments, not " + schedule.size());
                    }
                    if (em.find(Contributor.class, request.contributorCode()) == null) {
                        throw new DomainRuleViolation(
                                "unknown-contributor", "there is no contributor " + request.contributorCode());
                    }
                    CurrencyCode currency = CurrencyCode.of(request.currency());
                    if (reference().currencies().stream()
                            .noneMatch(c -> c.code().equals(currency.value()))) {
                        throw new DomainRuleViolation("unknown-currency", "the fund does not accept " + currency);
                    }
                    Money committed = Money.ofField("committed", request.committed(), currency);
                    List<LocalDate> dueDates = new ArrayList<>();
                    List<Money> amounts = new ArrayList<>();
                    for (int i = 0; i < schedule.size(); i++) {
                        NewAgreement.ScheduledInstalment instalment = schedule.get(i);
                        dueDates.add(calendar.require("schedule[" + i + "].dueOn", instalment.dueOn()));
                        amounts.add(Money.ofField("schedule[" + i + "].amount", instalment.amount(), currency));
                    }
                    requireSigned(signedOn, "agreement");
                    Earmark earmark = earmark(request);
                    String window =
                            request.fundWindow() == null || request.fundWindow().isBlank()
                                    ? DEFAULT_WINDOW
                                    : request.fundWindow();
                    requireWindow(window);
                    if (earmark.kind() == Earmark.Kind.WINDOW) {
                        requireWindow(earmark.code());
                    }
                    if (earmark.kind() == Earmark.Kind.THEMATIC_AREA
                            && reference().thematicAreas().stream()
                                    .noneMatch(t -> t.code().equals(earmark.code()))) {
                        throw new DomainRuleViolation(
                                "unknown-thematic-area", "there is no thematic area " + earmark.code());
                    }
                    Long sameReference = em.createQuery(
                                    "SELECT COUNT(a) FROM ContributionAgreement a WHERE a.reference = :ref", Long.class)
                            .setParameter("ref", reference)
                            .getSingleResult();
                    if (sameReference > 0) {
                        throw new DomainRuleViolation(
                                "duplicate-agreement", "an agreement with reference " + reference + " exists");
                    }
                    ContributionAgreement agreement = ContributionAgreement.register(
                            reference,
                            request.contributorCode(),
                            signedOn,
                            committed,
                            window,
                            earmark,
                            dueDates,
                            amounts,
                            by.username());
                    em.persist(agreement);
                    em.flush();
                    AgreementView view =
                            figures.views(List.of(agreement), signedOn).get(0);
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("reference", view.reference());
                    after.put("contributor", view.contributorCode());
                    after.put("signedOn", signedOn.toString());
                    after.put("currency", view.currency());
                    after.put("committed", view.committed());
                    after.put("window", window);
                    after.put("earmark", earmark.label());
                    after.put("instalments", schedule.size());
                    event.subject(Subject.of("ContributionAgreement", view.id()))
                            .after(after);
                    return view;
                });
    }

    private ReferenceCatalog reference() {
        return reference;
    }
}
