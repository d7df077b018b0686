package org.migrationmptf.fund.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.programme.api.ClosureFacts;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeDesk;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.programme.domain.FinancialClosure;
import org.migrationmptf.fund.programme.domain.JointProgramme;
import org.migrationmptf.fund.programme.domain.SteeringCommitteeDecision;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * Registers joint programmes and moves them through their life (FUND_OFFICER), and reads them a page
 * at a time: a page is three statements whatever its size (the programmes, then their PUNOs and
 * budget lines each in one batch) and one count.
 */
@ApplicationScoped
class ProgrammeService implements ProgrammeDesk, ProgrammeRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Clock clock;

    @Inject
    ClosureFacts closureFacts;

    @Override
    public ProgrammeView register(NewProgramme request, AuthenticatedUser by) {
        String code = request.code() == null ? "" : request.code().strip();
        return commands.run(by, Permission.REGISTER_PROGRAMME, Subject.of("Programme", code), event -> {
            Map<String, BigDecimal> agreedRates = reference.participatingOrganizations().stream()
                    .collect(Collectors.toMap(
                            ParticipatingOrganizationView::code, ParticipatingOrganizationView::indirectCostRate));
            JointProgramme programme = JointProgramme.register(request, agreedRates, by.username(), clock.instant());
            boolean knownArea = reference.thematicAreas().stream()
                    .map(ThematicAreaView::code)
                    .anyMatch(programme.thematicArea()::equals);
            if (!knownArea) {
                throw new DomainRuleViolation(
                        "unknown-thematic-area", "there is no thematic area " + programme.thematicArea());
            }
            if (findEntity(programme.code()).isPresent()) {
                throw new DomainRuleViolation(
                        "duplicate-programme", "programme " + programme.code() + " is already registered");
            }
            em.persist(programme);
            em.flush();
            ProgrammeView view = programme.view();
            event.after(state(view));
            return view;
        });
    }

    @Override
    public ProgrammeView changeStatus(
            String code,
            ProgrammeStatus target,
            String decisionNumber,
            OptionalLong expectedVersion,
            AuthenticatedUser by) {
        return commands.run(by, Permission.CHANGE_PROGRAMME_STATUS, Subject.of("Programme", code), event -> {
            if (target == null) {
                throw new org.migrationmptf.fund.shared.InvalidInput(
                        "give the status",
                        List.of(new org.migrationmptf.fund.shared.InvalidInput.Issue(
                                "status", "give the status the programme moves to")));
            }
            JointProgramme programme = findEntity(code).orElseThrow(() -> new NotFound("programme " + code));
            em.lock(programme, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(programme);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != programme.version()) {
                throw new StaleVersion("programme " + code, expectedVersion.getAsLong(), programme.version());
            }
            event.before(state(programme.view()));
            programme.status().moveTo(target); // the graph first: an illegal jump is named as such
            if (target == ProgrammeStatus.APPROVED) {
                requireApprovalDecision(decisionNumber);
            }
            if (target == ProgrammeStatus.FINANCIALLY_CLOSED) {
                for (ClosureFacts.PunoFacts facts : closureFacts.of(code)) {
                    FinancialClosure.require(facts.puno(), facts.finalReportCertified(), facts.status());
                }
            }
            programme.moveTo(target, decisionNumber);
            em.flush();
            ProgrammeView view = programme.view();
            event.after(state(view));
            return view;
        });
    }

    private void requireApprovalDecision(String number) {
        if (number == null || number.isBlank()) {
            throw new DomainRuleViolation(
                    "decision-required",
                    "approving a programme cites the Steering Committee decision that approved it");
        }
        SteeringCommitteeDecision decision = em.createQuery(
                        "SELECT d FROM SteeringCommitteeDecision d WHERE d.number = :number",
                        SteeringCommitteeDecision.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-decision", "there is no decision " + number));
        if (decision.view().type() != DecisionType.APPROVE_PROGRAMME) {
            throw new DomainRuleViolation(
                    "decision-required",
                    "decision " + number + " is a " + decision.view().type() + " decision, not APPROVE_PROGRAMME");
        }
    }

    @Override
    public Page<ProgrammeView> programmes(
            Optional<ProgrammeStatus> status, PageRequest page, AuthenticatedUser viewer) {
        String scope = scopeOf(viewer);
        String key = page.sortOr("code", SORTS);
        String direction = page.descending() ? " DESC" : " ASC";
        String where = scope + (status.isPresent() ? " AND p.status = :status" : "");
        TypedQuery<JointProgramme> rows = em.createQuery(
                        "SELECT p FROM JointProgramme p WHERE " + where + " ORDER BY p." + key + direction + ", p.id",
                        JointProgramme.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.punos")
                .setHint("eclipselink.batch", "p.budgetLines")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM JointProgramme p WHERE " + where, Long.class);
        bind(rows, viewer, status);
        bind(count, viewer, status);
        List<ProgrammeView> items =
                rows.getResultList().stream().map(JointProgramme::view).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public ProgrammeView programme(String code, AuthenticatedUser viewer) {
        String scope = scopeOf(viewer);
        TypedQuery<JointProgramme> query = em.createQuery(
                "SELECT p FROM JointProgramme p WHERE p.code = :code AND " + scope, JointProgramme.class);
        query.setParameter("code", code);
        bind(query, viewer, Optional.empty());
        return query.getResultStream()
                .findFirst()
                .map(JointProgramme::view)
                .orElseThrow(() -> new NotFound("programme " + code));
    }

    @Override
    public Optional<ProgrammeView> find(String code) {
        return findEntity(code).map(JointProgramme::view);
    }

    @Override
    public Map<ProgrammeStatus, Long> countsByStatus(AuthenticatedUser viewer) {
        String scope = scopeOf(viewer);
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT p.status, COUNT(p) FROM JointProgramme p WHERE " + scope + " GROUP BY p.status",
                Object[].class);
        bind(query, viewer, Optional.empty());
        Map<ProgrammeStatus, Long> counts = new EnumMap<>(ProgrammeStatus.class);
        for (ProgrammeStatus s : ProgrammeStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((ProgrammeStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Optional<JointProgramme> findEntity(String code) {
        return em.createQuery("SELECT p FROM JointProgramme p WHERE p.code = :code", JointProgramme.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Staff read every programme; a PUNO reporter those of its organization; no one else any. */
    private static String scopeOf(AuthenticatedUser viewer) {
        if (STAFF.stream().anyMatch(viewer::has)) {
            return "1 = 1";
        }
        if (viewer.has(Role.PUNO_REPORTER) && viewer.organization().isPresent()) {
            return "EXISTS (SELECT q FROM JointProgramme q JOIN q.punos r WHERE q = p AND r.puno = :organization)";
        }
        throw new NotFound("programmes");
    }

    private static void bind(TypedQuery<?> query, AuthenticatedUser viewer, Optional<ProgrammeStatus> status) {
        if (STAFF.stream().noneMatch(viewer::has)) {
            query.setParameter("organization", viewer.organization().orElseThrow());
        }
        status.ifPresent(s -> query.setParameter("status", s));
    }

    static Map<String, Object> state(ProgrammeView p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", p.code());
        state.put("title", p.title());
        state.put("status", p.status().name());
        state.put("thematicArea", p.thematicArea());
        state.put("leadPuno", p.leadPuno());
        state.put("startsOn", p.startsOn().toString());
        state.put("endsOn", p.endsOn().toString());
        state.put("budgetTotal", p.budgetTotal().toPlainString());
        if (p.approvalDecision() != null) {
            state.put("approvalDecision", p.approvalDecision());
        }
        return state;
    }
}
