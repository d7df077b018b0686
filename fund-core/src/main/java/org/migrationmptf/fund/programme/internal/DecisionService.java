package org.migrationmptf.fund.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.programme.api.DecisionDesk;
import org.migrationmptf.fund.programme.api.DecisionRegister;
import org.migrationmptf.fund.programme.api.DecisionView;
import org.migrationmptf.fund.programme.api.NewDecision;
import org.migrationmptf.fund.programme.domain.SteeringCommitteeDecision;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Records the Steering Committee's decisions (FUND_OFFICER) and reads the register, a page at a time. */
@ApplicationScoped
class DecisionService implements DecisionDesk, DecisionRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public DecisionView record(NewDecision request, AuthenticatedUser by) {
        String number = request.number() == null ? "" : request.number().strip();
        return commands.run(by, Permission.RECORD_DECISION, Subject.of("Decision", number), event -> {
            if (request.decidedOn() != null) {
                calendar.require("decidedOn", request.decidedOn());
            }
            SteeringCommitteeDecision decision = SteeringCommitteeDecision.record(
                    number,
                    request.decidedOn(),
                    request.procedure(),
                    request.type(),
                    request.text(),
                    by.username(),
                    clock.instant());
            long taken = em.createQuery(
                            "SELECT COUNT(d) FROM SteeringCommitteeDecision d WHERE d.number = :number", Long.class)
                    .setParameter("number", number)
                    .getSingleResult();
            if (taken > 0) {
                throw new DomainRuleViolation("duplicate-decision", "decision " + number + " is already recorded");
            }
            em.persist(decision);
            em.flush();
            DecisionView view = decision.view();
            event.after(state(view));
            return view;
        });
    }

    @Override
    public Page<DecisionView> decisions(PageRequest page, AuthenticatedUser viewer) {
        requireReader(viewer);
        String key = page.sortOr("decidedOn", SORTS);
        String direction = page.descending() ? "DESC" : "ASC";
        String order =
                key.equals("number") ? "d.number " + direction : "d.decidedOn " + direction + ", d.id " + direction;
        List<SteeringCommitteeDecision> rows = em.createQuery(
                        "SELECT d FROM SteeringCommitteeDecision d ORDER BY " + order, SteeringCommitteeDecision.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(d) FROM SteeringCommitteeDecision d", Long.class)
                .getSingleResult();
        return new Page<>(
                rows.stream().map(SteeringCommitteeDecision::view).toList(), total, page.offset(), page.limit());
    }

    @Override
    public DecisionView decision(String number, AuthenticatedUser viewer) {
        requireReader(viewer);
        return em.createQuery(
                        "SELECT d FROM SteeringCommitteeDecision d WHERE d.number = :number",
                        SteeringCommitteeDecision.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(SteeringCommitteeDecision::view)
                .orElseThrow(() -> new NotFound("decision " + number));
    }

    private static void requireReader(AuthenticatedUser viewer) {
        if (READERS.stream().noneMatch(viewer::has)) {
            // the register's existence is not hidden, but its content is: the same answer as "none"
            throw new NotFound("decision register");
        }
    }

    private static Map<String, Object> state(DecisionView d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", d.number());
        state.put("decidedOn", d.decidedOn().toString());
        state.put("procedure", d.procedure().name());
        state.put("type", d.type().name());
        state.put("text", d.text());
        return state;
    }
}
