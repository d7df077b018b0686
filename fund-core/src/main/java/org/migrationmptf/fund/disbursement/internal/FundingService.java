package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.disbursement.api.DonorProgramme;
import org.migrationmptf.fund.disbursement.api.FundingRegister;
import org.migrationmptf.fund.disbursement.api.ProgrammeFunding;
import org.migrationmptf.fund.disbursement.api.PunoFunding;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPosition;
import org.migrationmptf.fund.ledger.api.LedgerPositions;
import org.migrationmptf.fund.programme.api.ClosureFacts;
import org.migrationmptf.fund.programme.api.FundingStatus;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.Money;

/**
 * A programme's funding per PUNO: allocations from the allocation table grouped in one statement,
 * transfers and refunds from the ledger's positions for the programme, expenditure from the
 * maintained expenditure position. A donor's view reads the same figures for a page of programmes
 * at once.
 */
@ApplicationScoped
class FundingService implements FundingRegister, ClosureFacts {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    ProgrammeRegister programmes;

    @Inject
    LedgerPositions positions;

    @Inject
    ExpenditureService expenditure;

    @Override
    public org.migrationmptf.fund.shared.Page<DonorProgramme> fundedBy(
            String contributorCode,
            org.migrationmptf.fund.shared.PageRequest page,
            org.migrationmptf.fund.identity.api.AuthenticatedUser viewer) {
        if (contributorCode == null || !viewer.maySeeContributor(contributorCode)) {
            throw new org.migrationmptf.fund.shared.NotFound("contributor " + contributorCode);
        }
        var published = programmes.publishedIn(earmarkedAreas(contributorCode), page);
        List<String> codes = published.items().stream().map(ProgrammeView::code).toList();
        Map<String, BigDecimal> allocated = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "SELECT a.programme, SUM(a.amount) FROM Allocation a WHERE a.programme IN :codes"
                                    + " AND a.status = :approved GROUP BY a.programme",
                            Object[].class)
                    .setParameter("codes", codes)
                    .setParameter("approved", AllocationStatus.APPROVED)
                    .getResultList()) {
                allocated.put((String) row[0], new BigDecimal(row[1].toString()).setScale(2));
            }
        }
        Map<String, BigDecimal> transferred = new HashMap<>();
        Map<String, BigDecimal> refunded = new HashMap<>();
        for (LedgerPosition p : positions.ofProgrammes(codes, List.of(LedgerAccounts.TRANSFERRED_TO_PUNOS))) {
            transferred.merge(p.programme(), p.debits(), BigDecimal::add);
            refunded.merge(p.programme(), p.credits(), BigDecimal::add);
        }
        Map<String, BigDecimal> spent = expenditure.expenditureOfProgrammes(codes);
        List<DonorProgramme> rows = new ArrayList<>();
        for (ProgrammeView p : published.items()) {
            FundingStatus status = new FundingStatus(
                    usd(transferred.getOrDefault(p.code(), ZERO)),
                    usd(refunded.getOrDefault(p.code(), ZERO)),
                    usd(spent.getOrDefault(p.code(), ZERO)));
            rows.add(new DonorProgramme(
                    p.code(),
                    p.title(),
                    p.thematicArea(),
                    p.status(),
                    p.countries(),
                    p.leadPuno(),
                    p.startsOn(),
                    p.endsOn(),
                    p.budgetTotal(),
                    allocated.getOrDefault(p.code(), ZERO),
                    status.netFunded().amount(),
                    status.expenditure().amount(),
                    status.deliveryRate().orElse(null)));
        }
        return new org.migrationmptf.fund.shared.Page<>(rows, published.total(), published.offset(), published.limit());
    }

    @Override
    public java.util.Set<String> earmarkedAreas(String contributorCode) {
        java.util.Set<String> areas = new java.util.TreeSet<>();
        for (LedgerPosition p : positions.ofContributor(contributorCode, List.of(LedgerAccounts.CONTRIBUTIONS))) {
            if (p.earmark().startsWith(FundsAvailable.AREA_EARMARK)
                    && p.creditBalance().signum() > 0) {
                areas.add(p.earmark().substring(FundsAvailable.AREA_EARMARK.length()));
            }
        }
        return areas;
    }

    @Override
    public ProgrammeFunding ofProgramme(String code, org.migrationmptf.fund.identity.api.AuthenticatedUser viewer) {
        return figures(programmes.programme(code, viewer)); // NotFound if the viewer may not read it
    }

    private ProgrammeFunding figures(ProgrammeView programme) {
        String code = programme.code();
        Map<String, BigDecimal> approved = new HashMap<>();
        Map<String, BigDecimal> pending = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT a.puno, a.status, SUM(a.amount) FROM Allocation a WHERE a.programme = :code"
                                + " GROUP BY a.puno, a.status",
                        Object[].class)
                .setParameter("code", code)
                .getResultList()) {
            BigDecimal sum = new BigDecimal(row[2].toString()).setScale(2);
            if (row[1] == AllocationStatus.APPROVED) {
                approved.merge((String) row[0], sum, BigDecimal::add);
            } else if (row[1] == AllocationStatus.PENDING) {
                pending.merge((String) row[0], sum, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> transferred = new HashMap<>();
        Map<String, BigDecimal> refunded = new HashMap<>();
        for (LedgerPosition p : positions.ofProgramme(code, List.of(LedgerAccounts.TRANSFERRED_TO_PUNOS))) {
            // funds with PUNOs: debited by transfers, credited by refunds
            transferred.merge(p.puno(), p.debits(), BigDecimal::add);
            refunded.merge(p.puno(), p.credits(), BigDecimal::add);
        }
        Map<String, BigDecimal> spent = expenditure.expenditureOf(code);
        java.util.Set<String> finals = expenditure.finalReportsOf(code);
        List<PunoFunding> rows = new ArrayList<>();
        for (ProgrammeView.PunoBudget part : programme.punos()) {
            BigDecimal out = transferred.getOrDefault(part.puno(), ZERO);
            BigDecimal back = refunded.getOrDefault(part.puno(), ZERO);
            FundingStatus status = new FundingStatus(usd(out), usd(back), usd(spent.getOrDefault(part.puno(), ZERO)));
            rows.add(new PunoFunding(
                    part.puno(),
                    part.total(),
                    approved.getOrDefault(part.puno(), ZERO),
                    pending.getOrDefault(part.puno(), ZERO),
                    out,
                    back,
                    status.netFunded().amount(),
                    status.expenditure().amount(),
                    status.deliveryRate().orElse(null),
                    status.overspent(),
                    finals.contains(part.puno())));
        }
        return total(code, rows, programme.budgetTotal());
    }

    private static Money usd(BigDecimal amount) {
        return Money.usd(amount.toPlainString());
    }

    /** The programme's row: every column the sum of the PUNOs', the rate recomputed from the sums. */
    private static ProgrammeFunding total(String code, List<PunoFunding> rows, BigDecimal budget) {
        BigDecimal allocated = ZERO;
        BigDecimal awaiting = ZERO;
        BigDecimal transferred = ZERO;
        BigDecimal refunded = ZERO;
        BigDecimal expenditure = ZERO;
        for (PunoFunding r : rows) {
            allocated = allocated.add(r.allocated());
            awaiting = awaiting.add(r.awaitingApproval());
            transferred = transferred.add(r.transferred());
            refunded = refunded.add(r.refunded());
            expenditure = expenditure.add(r.expenditure());
        }
        FundingStatus status = new FundingStatus(usd(transferred), usd(refunded), usd(expenditure));
        return new ProgrammeFunding(
                code,
                rows,
                budget,
                allocated,
                awaiting,
                transferred,
                refunded,
                status.netFunded().amount(),
                expenditure,
                status.deliveryRate().orElse(null),
                status.overspent());
    }

    @Override
    public List<ClosureFacts.PunoFacts> of(String programme) {
        ProgrammeView view = programmes
                .find(programme)
                .orElseThrow(() -> new org.migrationmptf.fund.shared.NotFound("programme " + programme));
        ProgrammeFunding funding = figures(view);
        return funding.punos().stream()
                .map(p -> new ClosureFacts.PunoFacts(
                        p.puno(),
                        p.finalReport(),
                        new FundingStatus(usd(p.transferred()), usd(p.refunded()), usd(p.expenditure()))))
                .toList();
    }

    @Override
    public Map<String, PunoFunding> ofPuno(String puno, org.migrationmptf.fund.identity.api.AuthenticatedUser viewer) {
        boolean own = viewer.organization().filter(puno::equals).isPresent();
        if (!own
                && org.migrationmptf.fund.disbursement.api.AllocationRegister.READERS.stream()
                        .noneMatch(viewer::has)) {
            throw new org.migrationmptf.fund.shared.NotFound("funding of " + puno);
        }
        Map<String, BigDecimal> transferred = new HashMap<>();
        Map<String, BigDecimal> refunded = new HashMap<>();
        for (LedgerPosition p : positions.ofPuno(puno, List.of(LedgerAccounts.TRANSFERRED_TO_PUNOS))) {
            transferred.merge(p.programme(), p.debits(), BigDecimal::add);
            refunded.merge(p.programme(), p.credits(), BigDecimal::add);
        }
        Map<String, BigDecimal> spent = expenditure.expenditureOfPuno(puno);
        Map<String, PunoFunding> byProgramme = new java.util.TreeMap<>();
        java.util.Set<String> programmes = new java.util.TreeSet<>(transferred.keySet());
        programmes.addAll(spent.keySet());
        for (String code : programmes) {
            BigDecimal out = transferred.getOrDefault(code, ZERO);
            BigDecimal back = refunded.getOrDefault(code, ZERO);
            FundingStatus status = new FundingStatus(usd(out), usd(back), usd(spent.getOrDefault(code, ZERO)));
            byProgramme.put(
                    code,
                    new PunoFunding(
                            puno,
                            null,
                            null,
                            null,
                            out,
                            back,
                            status.netFunded().amount(),
                            status.expenditure().amount(),
                            status.deliveryRate().orElse(null),
                            status.overspent(),
                            false));
        }
        return byProgramme;
    }
}
