package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.disbursement.api.AllocationDesk;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.disbursement.api.AllocationView;
import org.migrationmptf.fund.disbursement.api.Availability;
import org.migrationmptf.fund.disbursement.domain.Allocation;
import org.migrationmptf.fund.disbursement.domain.AvailableFunds;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.programme.api.DecisionRegister;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.DecisionView;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Prepares allocations (FUND_OFFICER) and opens their approval; {@link AllocationApproval} carries
 * out the checker's decision. Reads the allocations a page at a time and what each area may still
 * allocate from maintained balances ({@link FundsAvailable}).
 */
@ApplicationScoped
class AllocationService implements AllocationDesk, AllocationRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    Approvals approvals;

    @Inject
    FundablePrograms fundable;

    @Inject
    DecisionRegister decisions;

    @Inject
    ReferenceCatalog reference;

    @Inject
    FundsAvailable funds;

    @Inject
    ProgrammeWindows windows;

    @Inject
    Clock clock;

    @Override
    public AllocationView prepare(AllocationRequest request, AuthenticatedUser maker) {
        String programmeCode =
                request.programme() == null ? "" : request.programme().strip();
        return commands.run(maker, Permission.PREPARE_ALLOCATION, Subject.of("Programme", programmeCode), event -> {
            requireComplete(request);
            Money amount = Money.ofField("amount", request.amount(), CurrencyCode.USD);
            if (!amount.isPositive()) {
                throw new InvalidInput(
                        "amount: an allocation is above zero",
                        List.of(new InvalidInput.Issue("amount", "an allocation is above zero")));
            }
            ProgrammeView programme = fundable.fundable(programmeCode, "allocations");
            ProgrammeView.PunoBudget budget = FundablePrograms.partOf(programme, request.puno());
            String area =
                    request.thematicArea() == null || request.thematicArea().isBlank()
                            ? programme.thematicArea()
                            : request.thematicArea().strip();
            if (reference.thematicAreas().stream().map(ThematicAreaView::code).noneMatch(area::equals)) {
                throw new DomainRuleViolation("unknown-thematic-area", "there is no thematic area " + area);
            }
            String window = request.window() == null || request.window().isBlank()
                    ? AllocationRequest.PROGRAMMATIC
                    : request.window().strip();
            if (!funds.windows().contains(window)) {
                throw new DomainRuleViolation("unknown-window", "there is no fund window " + window);
            }
            windows.requireSameWindow(programmeCode, window);
            DecisionView decision = citedDecision(request.decision(), maker);
            BigDecimal bound = allocatedOrPending(programmeCode, request.puno());
            BigDecimal room = budget.total().subtract(bound);
            if (amount.amount().compareTo(room) > 0) {
                throw new DomainRuleViolation(
                        "allocation-above-budget",
                        request.puno() + "'s budget in " + programmeCode + " is USD "
                                + budget.total().toPlainString() + ", of which USD " + bound.toPlainString()
                                + " is allocated or awaiting approval: at most USD " + room.toPlainString()
                                + " more can be allocated");
            }
            funds.now().requireAvailable(area, window, amount.amount()); // re-checked when approved
            Allocation allocation = Allocation.prepare(
                    programmeCode,
                    request.puno(),
                    area,
                    window,
                    amount,
                    decision.number(),
                    maker.username(),
                    clock.instant());
            em.persist(allocation);
            em.flush();
            AllocationView view = allocation.view();
            ApprovalView approval = approvals.open(
                    FourEyesAction.ALLOCATION,
                    Subject.of("Allocation", allocation.id()),
                    allocation.version(),
                    "Allocate USD " + amount.amount().toPlainString() + " to " + request.puno() + " in " + programmeCode
                            + " from " + area
                            + (window.equals(AllocationRequest.PROGRAMMATIC) ? "" : ", window " + window)
                            + " (decision " + decision.number() + ")",
                    state(view),
                    maker);
            event.subject(Subject.of("Allocation", allocation.id()))
                    .detail("to " + programmeCode + "; awaiting approval " + approval.id())
                    .after(state(view));
            return view;
        });
    }

    private static void requireComplete(AllocationRequest request) {
        List<InvalidInput.Issue> issues = new java.util.ArrayList<>();
        if (request.programme() == null || request.programme().isBlank()) {
            issues.add(new InvalidInput.Issue("programme", "give the programme's code"));
        }
        if (request.puno() == null || request.puno().isBlank()) {
            issues.add(new InvalidInput.Issue("puno", "give the PUNO that receives it"));
        }
        if (request.amount() == null) {
            issues.add(new InvalidInput.Issue("amount", "give the amount in USD"));
        }
        if (request.decision() == null || request.decision().isBlank()) {
            issues.add(new InvalidInput.Issue("decision", "give the number of the Steering Committee decision"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("the allocation is incomplete", issues);
        }
    }

    private DecisionView citedDecision(String number, AuthenticatedUser maker) {
        DecisionView decision;
        try {
            decision = decisions.decision(number.strip(), maker);
        } catch (NotFound none) {
            throw new DomainRuleViolation("unknown-decision", "there is no decision " + number);
        }
        if (decision.type() != DecisionType.ALLOCATE && decision.type() != DecisionType.TOP_UP) {
            throw new DomainRuleViolation(
                    "decision-not-an-allocation",
                    "decision " + number + " is a " + decision.type() + " decision; an allocation cites an"
                            + " ALLOCATE or TOP_UP decision");
        }
        return decision;
    }

    /** What is allocated to the programme and PUNO, approved or awaiting approval. */
    private BigDecimal allocatedOrPending(String programme, String puno) {
        BigDecimal sum = em.createQuery(
                        "SELECT COALESCE(SUM(a.amount), 0) FROM Allocation a WHERE a.programme = :programme"
                                + " AND a.puno = :puno AND a.status <> :rejected",
                        BigDecimal.class)
                .setParameter("programme", programme)
                .setParameter("puno", puno)
                .setParameter("rejected", AllocationStatus.REJECTED)
                .getSingleResult();
        return new BigDecimal(sum.toString()).setScale(2);
    }

    @Override
    public Page<AllocationView> allocations(
            Optional<String> programme, Optional<AllocationStatus> status, PageRequest page, AuthenticatedUser viewer) {
        requireReader(viewer);
        String key = page.sortOr("id", SORTS);
        String direction = page.descending() ? " DESC" : " ASC";
        String where = "1 = 1" + (programme.isPresent() ? " AND a.programme = :programme" : "")
                + (status.isPresent() ? " AND a.status = :status" : "");
        TypedQuery<Allocation> rows = em.createQuery(
                        "SELECT a FROM Allocation a WHERE " + where + " ORDER BY a." + key + direction + ", a.id"
                                + direction,
                        Allocation.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Allocation a WHERE " + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            programme.ifPresent(p -> q.setParameter("programme", p));
            status.ifPresent(s -> q.setParameter("status", s));
        }
        return new Page<>(
                rows.getResultList().stream().map(Allocation::view).toList(),
                count.getSingleResult(),
                page.offset(),
                page.limit());
    }

    @Override
    public AllocationView allocation(long id, AuthenticatedUser viewer) {
        requireReader(viewer);
        Allocation allocation = em.find(Allocation.class, id);
        if (allocation == null) {
            throw new NotFound("allocation " + id);
        }
        return allocation.view();
    }

    @Override
    public List<org.migrationmptf.fund.disbursement.api.ProgrammeAllocation> approvedByProgramme(
            java.time.LocalDate asOf) {
        List<org.migrationmptf.fund.disbursement.api.ProgrammeAllocation> rows = new java.util.ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT programme_code, thematic_area, SUM(amount) FROM allocation"
                        + " WHERE status = 'APPROVED' AND decided_at < ? GROUP BY programme_code, thematic_area"
                        + " ORDER BY programme_code, thematic_area")
                .setParameter(1, java.sql.Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()))
                .getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new org.migrationmptf.fund.disbursement.api.ProgrammeAllocation(
                    c[0].toString().trim(), c[1].toString().trim(), new BigDecimal(c[2].toString()).setScale(2)));
        }
        return rows;
    }

    @Override
    public List<org.migrationmptf.fund.disbursement.api.GrantAllocation> approvedByGrant() {
        List<org.migrationmptf.fund.disbursement.api.GrantAllocation> rows = new java.util.ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "SELECT programme_code, puno_code, thematic_area, fund_window, SUM(amount)"
                                + " FROM allocation WHERE status = 'APPROVED'"
                                + " GROUP BY programme_code, puno_code, thematic_area, fund_window"
                                + " ORDER BY programme_code, puno_code, thematic_area, fund_window")
                .getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new org.migrationmptf.fund.disbursement.api.GrantAllocation(
                    c[0].toString().trim(),
                    c[1].toString().trim(),
                    c[2].toString().trim(),
                    c[3].toString().trim(),
                    new BigDecimal(c[4].toString()).setScale(2)));
        }
        return rows;
    }

    @Override
    public Map<String, BigDecimal> approvedByPuno(java.time.LocalDate asOf, AuthenticatedUser viewer) {
        requireReader(viewer);
        Map<String, BigDecimal> approved = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT puno_code, SUM(amount) FROM allocation"
                        + " WHERE status = 'APPROVED' AND decided_at < ? GROUP BY puno_code")
                .setParameter(1, java.sql.Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()))
                .getResultList()) {
            Object[] c = (Object[]) row;
            approved.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        return approved;
    }

    @Override
    public List<Availability> availability(AuthenticatedUser viewer) {
        requireReader(viewer);
        AvailableFunds now = funds.now();
        return reference.thematicAreas().stream().map(a -> now.of(a.code())).toList();
    }

    @Override
    public List<org.migrationmptf.fund.disbursement.api.WindowAvailability> windowAvailability(
            AuthenticatedUser viewer) {
        requireReader(viewer);
        AvailableFunds now = funds.now();
        return funds.windows().stream()
                .filter(w -> !w.equals(AllocationRequest.PROGRAMMATIC))
                .map(now::ofWindow)
                .toList();
    }

    @Override
    public Availability availability(String thematicArea, AuthenticatedUser viewer) {
        requireReader(viewer);
        if (reference.thematicAreas().stream().map(ThematicAreaView::code).noneMatch(thematicArea::equals)) {
            throw new NotFound("thematic area " + thematicArea);
        }
        return funds.now().of(thematicArea);
    }

    private static void requireReader(AuthenticatedUser viewer) {
        if (READERS.stream().noneMatch(viewer::has)) {
            throw new NotFound("allocations");
        }
    }

    static Map<String, Object> state(AllocationView a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", a.status().name());
        state.put("programme", a.programme());
        state.put("puno", a.puno());
        state.put("thematicArea", a.thematicArea());
        state.put("window", a.window());
        state.put("amount", a.amount().toPlainString());
        state.put("decision", a.decision());
        state.put("preparedBy", a.preparedBy());
        if (a.decidedBy() != null) {
            state.put("decidedBy", a.decidedBy());
        }
        return state;
    }
}
