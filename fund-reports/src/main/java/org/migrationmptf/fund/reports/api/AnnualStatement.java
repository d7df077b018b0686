package org.migrationmptf.fund.reports.api;

import java.math.BigDecimal;
import java.util.List;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.reports.funding.FundingStatus;

/**
 * The consolidated annual financial report of a year, as typed rows: Table 1 (each Funding Status
 * line for the prior years, the year itself and cumulatively) and the contributions per contributor
 * (commitment, deposits of prior years, of the year, in total), with the totals of the table.
 */
public record AnnualStatement(
        int year,
        ReportStanding standing,
        String chainHead,
        List<OverviewLine> overview,
        List<ContributorLine> contributors,
        ContributorLine contributorTotal,
        List<PunoLine> punos,
        PunoLine punoTotal) {

    public AnnualStatement {
        overview = List.copyOf(overview);
        contributors = List.copyOf(contributors);
        punos = List.copyOf(punos);
    }

    /**
     * A Participating Organization's line to the year's end: allocations approved, transferred,
     * refunded, net funded (transferred - refunded), reported expenditure, and the delivery rate
     * (expenditure over net funded, in percent to two decimals; null when nothing is funded).
     */
    public record PunoLine(
            String code,
            String name,
            BigDecimal approved,
            BigDecimal transferred,
            BigDecimal refunded,
            BigDecimal netFunded,
            BigDecimal expenditure,
            BigDecimal deliveryRate) {}

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
                : spent.multiply(BigDecimal.valueOf(100)).divide(funded, 2, java.math.RoundingMode.HALF_EVEN);
    }

    /** This statement with its PUNO total line: the sum of every PUNO line, the rate of the sums. */
    public AnnualStatement withPunoTotal() {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal[] t = {zero, zero, zero, zero, zero};
        for (PunoLine p : punos) {
            t[0] = t[0].add(p.approved());
            t[1] = t[1].add(p.transferred());
            t[2] = t[2].add(p.refunded());
            t[3] = t[3].add(p.netFunded());
            t[4] = t[4].add(p.expenditure());
        }
        return new AnnualStatement(
                year,
                standing,
                chainHead,
                overview,
                contributors,
                contributorTotal,
                punos,
                new PunoLine("", "", t[0], t[1], t[2], t[3], t[4], rate(t[4], t[3])));
    }

    public OverviewLine line(FundingStatus.Section section, String key) {
        return overview.stream()
                .filter(l -> l.section() == section && l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + key + " in " + section));
    }
}
