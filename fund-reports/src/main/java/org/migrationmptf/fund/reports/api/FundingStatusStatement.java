package org.migrationmptf.fund.reports.api;

import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.reports.funding.FundingStatus;

/**
 * The Funding Status as of a date: its typed lines, whether the figures are final (CERTIFIED) or may
 * still change (INTERIM), and the audit chain head at the end of that date, which the files print.
 */
public record FundingStatusStatement(
        LocalDate asOf, ReportStanding standing, String chainHead, List<FundingStatus.Line> lines) {

    public FundingStatusStatement {
        lines = List.copyOf(lines);
    }

    /** The amount of a line, for example {@code (WITH_ADMINISTRATIVE_AGENT, balanceWithAgent)}. */
    public java.math.BigDecimal amount(FundingStatus.Section section, String key) {
        return new FundingStatus(lines).line(section, key).amount();
    }
}
