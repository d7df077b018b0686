package org.migrationmptf.fund.disbursement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.migrationmptf.fund.disbursement.api.ExpenditureKind;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.disbursement.api.ExpenditureReportView;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;

/**
 * A PUNO's expenditure report for one programme, as submitted: never changed afterwards (a later
 * report restates the years it names). Every line is checked before anything is kept, and every bad
 * line is named, so an upload is accepted whole or not at all.
 */
@Entity
@Table(name = "expenditure_report")
public class ExpenditureReport {

    /** The UN budget categories an expenditure line may be in: 1-7 direct, ISC indirect. */
    public static final Set<String> CATEGORIES = Set.of("1", "2", "3", "4", "5", "6", "7", "ISC");

    private static final BigDecimal MAX_ISC_RATE = new BigDecimal("0.07");

    /** A kept line. */
    @Embeddable
    public static class Row {
        @Column(name = "report_year", nullable = false)
        private int year;

        @Column(name = "category", nullable = false)
        private String category;

        @Column(name = "amount", nullable = false, precision = 19, scale = 2)
        private BigDecimal amount;

        protected Row() {}

        Row(int year, String category, BigDecimal amount) {
            this.year = year;
            this.category = category;
            this.amount = amount;
        }

        public int year() {
            return year;
        }

        public String category() {
            return category;
        }

        public BigDecimal amount() {
            return amount;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_code", nullable = false, updatable = false)
    private String programme;

    @Column(name = "puno_code", nullable = false, updatable = false)
    private String puno;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ExpenditureKind kind;

    @Column(name = "total", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expenditure_line", joinColumns = @JoinColumn(name = "report_id"))
    private List<Row> lines = new ArrayList<>();

    protected ExpenditureReport() {}

    /**
     * The report, if every line is well formed: a year of the programme, a UN budget category, an
     * amount of at least zero in cents, each year and category once; per year, ISC at most 7 % of
     * the direct costs.
     */
    public static ExpenditureReport submit(
            String programme,
            String puno,
            ExpenditureKind kind,
            int firstYear,
            int lastYear,
            List<ExpenditureLine> lines,
            String by,
            Instant at) {
        List<InvalidInput.Issue> issues = new ArrayList<>();
        if (kind == null) {
            issues.add(new InvalidInput.Issue("kind", "give INTERIM, ANNUAL or FINAL"));
        }
        if (lines.isEmpty()) {
            issues.add(new InvalidInput.Issue("lines", "give at least one line of expenditure"));
        }
        ExpenditureReport report = new ExpenditureReport();
        Set<String> seen = new HashSet<>();
        Map<Integer, BigDecimal[]> byYear = new TreeMap<>(); // direct, isc
        for (ExpenditureLine line : lines) {
            String where = line.source();
            if (line.unreadable() != null) {
                issues.add(new InvalidInput.Issue(where, line.unreadable()));
                continue;
            }
            if (line.year() == null || line.category() == null || line.amount() == null) {
                issues.add(new InvalidInput.Issue(where, "give the year, the budget category and the amount"));
                continue;
            }
            String category = line.category().strip().toUpperCase(java.util.Locale.ROOT);
            if (line.year() < firstYear || line.year() > lastYear) {
                issues.add(new InvalidInput.Issue(
                        where,
                        "the year " + line.year() + " is outside the programme (" + firstYear + "-" + lastYear + ")"));
                continue;
            }
            if (!CATEGORIES.contains(category)) {
                issues.add(new InvalidInput.Issue(
                        where, "'" + line.category() + "' is not a UN budget category (1 to 7, or ISC)"));
                continue;
            }
            if (!seen.add(line.year() + "/" + category)) {
                issues.add(new InvalidInput.Issue(
                        where, "a second line for " + line.year() + ", category " + category + ": add them up in one"));
                continue;
            }
            Money amount;
            try {
                amount = Money.ofField(where, line.amount(), CurrencyCode.USD);
            } catch (InvalidInput bad) {
                issues.add(new InvalidInput.Issue(where, "the amount has more than 2 decimals"));
                continue;
            }
            if (amount.isNegative()) {
                issues.add(new InvalidInput.Issue(where, "an expenditure cannot be negative"));
                continue;
            }
            BigDecimal[] sums = byYear.computeIfAbsent(
                    line.year(), y -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            sums[category.equals("ISC") ? 1 : 0] = sums[category.equals("ISC") ? 1 : 0].add(amount.amount());
            report.lines.add(new Row(line.year(), category, amount.amount()));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput(
                    "the expenditure report has " + issues.size() + " problem(s); nothing was kept", issues);
        }
        byYear.forEach((year, sums) -> {
            BigDecimal ceiling = sums[0].multiply(MAX_ISC_RATE).setScale(2, Money.ROUNDING);
            if (sums[1].compareTo(ceiling) > 0) {
                throw new DomainRuleViolation(
                        "isc-above-ceiling",
                        "in " + year + " the indirect support costs are USD " + sums[1].toPlainString()
                                + ", above 7 % of the USD " + sums[0].toPlainString() + " direct costs (USD "
                                + ceiling.toPlainString() + ")");
            }
        });
        report.programme = programme;
        report.puno = puno;
        report.kind = kind;
        report.total = report.lines.stream().map(Row::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        report.submittedBy = by;
        report.submittedAt = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return report;
    }

    /** The years the report states (each replaces what earlier reports said of it). */
    public Set<Integer> years() {
        Set<Integer> years = new java.util.TreeSet<>();
        lines.forEach(l -> years.add(l.year()));
        return years;
    }

    public List<Row> lines() {
        return java.util.Collections.unmodifiableList(lines);
    }

    public long id() {
        return id;
    }

    public ExpenditureReportView view() {
        return new ExpenditureReportView(
                id == null ? 0 : id,
                programme,
                puno,
                kind,
                lines.stream()
                        .map(l -> new ExpenditureReportView.Line(l.year(), l.category(), l.amount()))
                        .toList(),
                total,
                submittedBy,
                submittedAt.toInstant(ZoneOffset.UTC));
    }
}
