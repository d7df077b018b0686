package org.migrationmptf.fund.reports.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.reports.funding.FundingStatus;

/**
 * The consolidated annual financial report of a year, as typed rows, table by table as the Gateway
 * publishes it: Table 1 (each Funding Status line for the prior years, the year itself and
 * cumulatively), contributions per contributor, interest (fund-earned, and passed back by each PUNO),
 * transfers and delivery per PUNO, delivery per programme, expenditure per UN budget category, and
 * cost recovery; each table with its total line, the sum of its lines.
 */
public record AnnualStatement(
        int year,
        ReportStanding standing,
        String chainHead,
        List<OverviewLine> overview,
        List<ContributorLine> contributors,
        ContributorLine contributorTotal,
        YearTable interest,
        FundedTable punos,
        FundedTable programmes,
        YearTable categories,
        YearTable costRecovery) {

    public AnnualStatement {
        overview = List.copyOf(overview);
        contributors = List.copyOf(contributors);
    }

    /**
     * A PUNO's or a programme's line to the year's end: allocations approved, transferred, refunded,
     * net funded (transferred - refunded), reported expenditure, and the delivery rate (expenditure
     * over net funded, in percent to two decimals; null when nothing is funded).
     */
    public record FundedLine(
            String code,
            String name,
            BigDecimal approved,
            BigDecimal transferred,
            BigDecimal refunded,
            BigDecimal netFunded,
            BigDecimal expenditure,
            BigDecimal deliveryRate) {}

    /** Funded lines and their total: the sum of every line, the rate of the sums. */
    public record FundedTable(List<FundedLine> lines, FundedLine total) {

        public FundedTable {
            lines = List.copyOf(lines);
        }

        public static FundedTable of(List<FundedLine> lines) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            BigDecimal[] t = {zero, zero, zero, zero, zero};
            for (FundedLine p : lines) {
                t[0] = t[0].add(p.approved());
                t[1] = t[1].add(p.transferred());
                t[2] = t[2].add(p.refunded());
                t[3] = t[3].add(p.netFunded());
                t[4] = t[4].add(p.expenditure());
            }
            return new FundedTable(lines, new FundedLine("", "", t[0], t[1], t[2], t[3], t[4], rate(t[4], t[3])));
        }
    }

    /** A line of prior years, the year and cumulative amounts (interest, a budget category, a cost). */
    public record YearLine(
            String code, String name, BigDecimal priorYears, BigDecimal currentYear, BigDecimal cumulative) {

        public static YearLine of(String code, String name, BigDecimal priorYears, BigDecimal cumulative) {
            return new YearLine(code, name, priorYears, cumulative.subtract(priorYears), cumulative);
        }
    }

    /** Year lines and their total, the sum of each column. */
    public record YearTable(List<YearLine> lines, YearLine total) {

        public YearTable {
            lines = List.copyOf(lines);
        }

        public static YearTable of(List<YearLine> lines) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            BigDecimal prior = zero;
            BigDecimal cumulative = zero;
            for (YearLine l : lines) {
                prior = prior.add(l.priorYears());
                cumulative = cumulative.add(l.cumulative());
            }
            return new YearTable(lines, YearLine.of("", "", prior, cumulative));
        }
    }

    /** A line of Table 1: as of the end of the prior year, the year's movement, as of the year's end. */
    public record OverviewLine(
            FundingStatus.Section section,
            String key,
            FundingStatus.Kind kind,
            BigDecimal priorYears,
            BigDecimal currentYear,
            BigDecimal cumulative) {}

    /** A contributor's line: its commitment in USD at the year's end, and its posted deposits in USD. */
    public record ContributorLine(
            String code,
            String name,
            BigDecimal commitment,
            BigDecimal priorYears,
            BigDecimal currentYear,
            BigDecimal total) {}

    /** Expenditure over funding in percent, two decimals (HALF_EVEN); null when nothing is funded. */
    public static BigDecimal rate(BigDecimal spent, BigDecimal funded) {
        return funded.signum() == 0
                ? null
                : spent.multiply(BigDecimal.valueOf(100)).divide(funded, 2, RoundingMode.HALF_EVEN);
    }

    public OverviewLine line(FundingStatus.Section section, String key) {
        return overview.stream()
                .filter(l -> l.section() == section && l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + key + " in " + section));
    }
}
