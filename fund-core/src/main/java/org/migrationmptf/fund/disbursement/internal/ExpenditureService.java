package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.ExpenditureDesk;
import org.migrationmptf.fund.disbursement.api.ExpenditureKind;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.disbursement.api.ExpenditureReportView;
import org.migrationmptf.fund.disbursement.domain.ExpenditureReport;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Keeps the PUNOs' expenditure reports and the maintained expenditure position (per programme, PUNO,
 * year and category, what the latest report of that year said), from which expenditure, delivery
 * rates and the tranche rule read; and the figures of one programme that other services need.
 */
@ApplicationScoped
class ExpenditureService implements ExpenditureDesk, ExpenditureRegister {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    ProgrammeRegister programmes;

    @Inject
    Clock clock;

    @Override
    public ExpenditureReportView submit(
            String programmeCode, ExpenditureKind kind, List<ExpenditureLine> lines, AuthenticatedUser reporter) {
        String code = programmeCode == null ? "" : programmeCode.strip();
        return commands.run(reporter, Permission.SUBMIT_EXPENDITURE, Subject.of("Programme", code), event -> {
            String puno = reporter.organization()
                    .orElseThrow(() -> new DomainRuleViolation(
                            "no-organization", "your account acts for no Participating UN Organization"));
            ProgrammeView programme = programmes
                    .find(code)
                    .filter(p -> p.budgetOf(puno).isPresent())
                    .orElseThrow(() -> new NotFound("programme " + code + " of " + puno));
            if (programme.status() == ProgrammeStatus.PIPELINE
                    || programme.status() == ProgrammeStatus.FINANCIALLY_CLOSED) {
                throw new DomainRuleViolation(
                        "programme-not-reporting",
                        "programme " + code + " is " + programme.status() + ": it takes no expenditure report");
            }
            ExpenditureReport report = ExpenditureReport.submit(
                    code,
                    puno,
                    kind,
                    programme.startsOn().getYear(),
                    programme.endsOn().getYear(),
                    lines == null ? List.of() : lines,
                    reporter.username(),
                    clock.instant());
            em.persist(report);
            em.flush();
            for (Integer year : report.years()) {
                em.createNativeQuery("DELETE FROM expenditure_position WHERE programme_code = ? AND puno_code = ?"
                                + " AND report_year = ?")
                        .setParameter(1, code)
                        .setParameter(2, puno)
                        .setParameter(3, year)
                        .executeUpdate();
            }
            for (ExpenditureReport.Row row : report.lines()) {
                em.createNativeQuery("INSERT INTO expenditure_position (programme_code, puno_code, report_year,"
                                + " category, amount, report_id) VALUES (?, ?, ?, ?, ?, ?)")
                        .setParameter(1, code)
                        .setParameter(2, puno)
                        .setParameter(3, row.year())
                        .setParameter(4, row.category())
                        .setParameter(5, row.amount())
                        .setParameter(6, report.id())
                        .executeUpdate();
            }
            ExpenditureReportView view = report.view();
            event.subject(Subject.of("ExpenditureReport", report.id()))
                    .detail(kind + " report of " + puno + " for " + code + ", years " + report.years())
                    .after(state(view));
            return view;
        });
    }

    /** Reported expenditure of a programme per PUNO, from the maintained position: one statement. */
    Map<String, BigDecimal> expenditureOf(String programme) {
        Map<String, BigDecimal> spent = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT puno_code, SUM(amount) FROM expenditure_position"
                        + " WHERE programme_code = ? GROUP BY puno_code")
                .setParameter(1, programme)
                .getResultList()) {
            Object[] c = (Object[]) row;
            spent.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        return spent;
    }

    /** Reported expenditure of each of these programmes, from the maintained position: one statement. */
    Map<String, BigDecimal> expenditureOfProgrammes(java.util.Collection<String> programmes) {
        Map<String, BigDecimal> spent = new HashMap<>();
        if (programmes.isEmpty()) {
            return spent;
        }
        var query = em.createNativeQuery("SELECT programme_code, SUM(amount) FROM expenditure_position"
                + " WHERE programme_code IN ("
                + String.join(", ", java.util.Collections.nCopies(programmes.size(), "?"))
                + ") GROUP BY programme_code");
        int i = 1;
        for (String code : programmes) {
            query.setParameter(i++, code);
        }
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            spent.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        return spent;
    }

    /** Reported expenditure of one PUNO per programme, from the maintained position: one statement. */
    Map<String, BigDecimal> expenditureOfPuno(String puno) {
        Map<String, BigDecimal> spent = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT programme_code, SUM(amount) FROM expenditure_position"
                        + " WHERE puno_code = ? GROUP BY programme_code")
                .setParameter(1, puno)
                .getResultList()) {
            Object[] c = (Object[]) row;
            spent.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        return spent;
    }

    /** The PUNOs of a programme that submitted their final certified report: one statement. */
    Set<String> finalReportsOf(String programme) {
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT r.puno FROM ExpenditureReport r WHERE r.programme = :programme"
                                + " AND r.kind = :final",
                        String.class)
                .setParameter("programme", programme)
                .setParameter("final", ExpenditureKind.FINAL)
                .getResultList());
    }

    BigDecimal spentBy(String programme, String puno) {
        return expenditureOf(programme).getOrDefault(puno, ZERO);
    }

    @Override
    public BigDecimal reportedThrough(int year) {
        Object sum = em.createNativeQuery("SELECT SUM(amount) FROM expenditure_position WHERE report_year <= ?")
                .setParameter(1, year)
                .getSingleResult();
        return sum == null ? ZERO : new BigDecimal(sum.toString()).setScale(2);
    }

    @Override
    public List<org.migrationmptf.fund.disbursement.api.CategoryExpenditure> byCategory() {
        List<org.migrationmptf.fund.disbursement.api.CategoryExpenditure> rows = new java.util.ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT programme_code, puno_code, category, SUM(amount)"
                        + " FROM expenditure_position GROUP BY programme_code, puno_code, category"
                        + " ORDER BY programme_code, puno_code, category")
                .getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new org.migrationmptf.fund.disbursement.api.CategoryExpenditure(
                    c[0].toString().trim(),
                    c[1].toString().trim(),
                    c[2].toString().trim(),
                    new BigDecimal(c[3].toString()).setScale(2)));
        }
        return rows;
    }

    @Override
    public Map<String, BigDecimal> through(int year, By by) {
        Map<String, BigDecimal> spent = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT " + by.column() + ", SUM(amount) FROM expenditure_position"
                        + " WHERE report_year <= ? GROUP BY " + by.column())
                .setParameter(1, year)
                .getResultList()) {
            Object[] c = (Object[]) row;
            spent.put(c[0].toString().trim(), new BigDecimal(c[1].toString()).setScale(2));
        }
        return spent;
    }

    @Override
    public Page<org.migrationmptf.fund.disbursement.api.YearExpenditure> byYear(PageRequest page) {
        List<org.migrationmptf.fund.disbursement.api.YearExpenditure> items = new java.util.ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT programme_code, puno_code, report_year, SUM(amount)"
                        + " FROM expenditure_position GROUP BY programme_code, puno_code, report_year"
                        + " ORDER BY programme_code, puno_code, report_year")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()) {
            Object[] c = (Object[]) row;
            items.add(new org.migrationmptf.fund.disbursement.api.YearExpenditure(
                    c[0].toString().trim(),
                    c[1].toString().trim(),
                    ((Number) c[2]).intValue(),
                    new BigDecimal(c[3].toString()).setScale(2)));
        }
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT DISTINCT programme_code,"
                                + " puno_code, report_year FROM expenditure_position) groups")
                        .getSingleResult())
                .longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public Page<ExpenditureReportView> reports(Optional<String> programme, PageRequest page, AuthenticatedUser viewer) {
        boolean staff = AllocationRegister.READERS.stream().anyMatch(viewer::has);
        if (!staff && !(viewer.has(Role.PUNO_REPORTER) && viewer.organization().isPresent())) {
            throw new NotFound("expenditure reports");
        }
        String where =
                (staff ? "1 = 1" : "r.puno = :puno") + (programme.isPresent() ? " AND r.programme = :programme" : "");
        TypedQuery<ExpenditureReport> rows = em.createQuery(
                        "SELECT r FROM ExpenditureReport r WHERE " + where + " ORDER BY r.id DESC",
                        ExpenditureReport.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.lines")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ExpenditureReport r WHERE " + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (!staff) {
                q.setParameter("puno", viewer.organization().orElseThrow());
            }
            programme.ifPresent(p -> q.setParameter("programme", p));
        }
        return new Page<>(
                rows.getResultList().stream().map(ExpenditureReport::view).toList(),
                count.getSingleResult(),
                page.offset(),
                page.limit());
    }

    static Map<String, Object> state(ExpenditureReportView r) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("programme", r.programme());
        state.put("puno", r.puno());
        state.put("kind", r.kind().name());
        state.put("lines", r.lines().size());
        state.put("total", r.total().toPlainString());
        return state;
    }
}
