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
        ContributorLine contributorTotal) {

    public AnnualStatement {
        overview = List.copyOf(overview);
        contributors = List.copyOf(contributors);
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

    public OverviewLine line(FundingStatus.Section section, String key) {
        return overview.stream()
                .filter(l -> l.section() == section && l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + key + " in " + section));
    }
}
