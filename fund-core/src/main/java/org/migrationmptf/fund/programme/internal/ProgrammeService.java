package org.migrationmptf.fund.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.migrationmptf.fund.programme.domain.ConceptNote;
import org.migrationmptf.fund.programme.domain.FinancialClosure;
import org.migrationmptf.fund.programme.domain.JointProgramme;
import org.migrationmptf.fund.programme.domain.SteeringCommitteeDecision;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * Registers joint programmes and moves them through their life (FUND_OFFICER), and reads them a page
 * at a time: a page is four statements whatever its size (the programmes, then their PUNOs, budget
 * lines and extensions each in one batch) and one count.
 */
@ApplicationScoped
class ProgrammeService implements ProgrammeDesk, ProgrammeRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    ProgrammeCodeLists codeLists;

    @Inject
    Clock clock;

    @Inject
    ClosureFacts closureFacts;

    @Override
    public ProgrammeView register(NewProgramme request, AuthenticatedUser by) {
        String code = request.code() == null ? "" : request.code().strip();
        return commands.run(by, Permission.REGISTER_PROGRAMME, Subject.of("Programme", code), event -> {
            JointProgramme programme =
                    JointProgramme.register(request, codeLists.now(), by.username(), clock.instant());
            if (findEntity(programme.code()).isPresent()) {
                throw new DomainRuleViolation(
                        "duplicate-programme", "programme " + programme.code() + " is already registered");
            }
            if (programme.conceptNote().isPresent()) {
                long noteId = programme.conceptNote().get();
                ConceptNote note = em.find(ConceptNote.class, noteId, LockModeType.PESSIMISTIC_WRITE);
                if (note == null) {
                    throw new DomainRuleViolation("unknown-concept-note", "there is no concept note " + noteId);
                }
                note.becomes(programme.code());
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
            JointProgramme programme = locked(code, expectedVersion);
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

    @Override
    public ProgrammeView extend(
            String code,
            java.time.LocalDate endsOn,
            String decisionNumber,
            OptionalLong expectedVersion,
            AuthenticatedUser by) {
        return commands.run(by, Permission.EXTEND_PROGRAMME, Subject.of("Programme", code), event -> {
            if (endsOn == null) {
                throw new org.migrationmptf.fund.shared.InvalidInput(
                        "give the new end date",
                        List.of(new org.migrationmptf.fund.shared.InvalidInput.Issue(
                                "endsOn", "give the date the programme now ends")));
            }
            JointProgramme programme = locked(code, expectedVersion);
            event.before(state(programme.view()));
            SteeringCommitteeDecision decision = requireDecision(
                    decisionNumber,
                    DecisionType.NO_COST_EXTENSION,
                    "a no-cost extension cites the decision that granted it");
            programme.extendTo(endsOn, decision.number(), by.username(), clock.instant());
            em.flush();
            ProgrammeView view = programme.view();
            event.after(state(view));
            return view;
        });
    }

    /** The programme, locked for update and read fresh, refused if it is no longer at {@code expectedVersion}. */
    private JointProgramme locked(String code, OptionalLong expectedVersion) {
        JointProgramme programme = findEntity(code).orElseThrow(() -> new NotFound("programme " + code));
        em.lock(programme, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(programme);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != programme.version()) {
            throw new StaleVersion("programme " + code, expectedVersion.getAsLong(), programme.version());
        }
        return programme;
    }

    private void requireApprovalDecision(String number) {
        requireDecision(
                number,
                DecisionType.APPROVE_PROGRAMME,
                "approving a programme cites the Steering Committee decision that approved it");
    }

    private SteeringCommitteeDecision requireDecision(String number, DecisionType type, String missing) {
        if (number == null || number.isBlank()) {
            throw new DomainRuleViolation("decision-required", missing);
        }
        SteeringCommitteeDecision decision = em.createQuery(
                        "SELECT d FROM SteeringCommitteeDecision d WHERE d.number = :number",
                        SteeringCommitteeDecision.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown-decision", "there is no decision " + number));
        if (decision.view().type() != type) {
            throw new DomainRuleViolation(
                    "decision-required",
                    "decision " + number + " is a " + decision.view().type() + " decision, not " + type);
        }
        return decision;
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
                .setHint("eclipselink.batch", "p.extensions")
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
    public Page<ProgrammeView> publishedIn(java.util.Set<String> areas, PageRequest page) {
        if (areas.isEmpty()) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        String key = page.sortOr("code", SORTS);
        String direction = page.descending() ? " DESC" : " ASC";
        String where = "p.thematicArea IN :areas AND p.status <> :pipeline";
        List<ProgrammeView> items = em
                .createQuery(
                        "SELECT p FROM JointProgramme p WHERE " + where + " ORDER BY p." + key + direction + ", p.id",
                        JointProgramme.class)
                .setParameter("areas", areas)
                .setParameter("pipeline", ProgrammeStatus.PIPELINE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.punos")
                .setHint("eclipselink.batch", "p.budgetLines")
                .setHint("eclipselink.batch", "p.extensions")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(JointProgramme::view)
                .toList();
        long total = em.createQuery("SELECT COUNT(p) FROM JointProgramme p WHERE " + where, Long.class)
                .setParameter("areas", areas)
                .setParameter("pipeline", ProgrammeStatus.PIPELINE)
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
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
        state.put("gcmObjectives", p.gcmObjectives().toString());
        if (p.genderMarker() != null) {
            state.put("genderMarker", p.genderMarker());
            state.put("humanRightsMarker", p.humanRightsMarker());
        }
        if (p.conceptNote() != null) {
            state.put("conceptNote", p.conceptNote());
        }
        return state;
    }
}
