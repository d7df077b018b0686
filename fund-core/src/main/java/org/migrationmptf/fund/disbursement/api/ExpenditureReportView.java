package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A submitted expenditure report: the years it states replace what earlier reports said of them. */
public record ExpenditureReportView(
        long id,
        String programme,
        String puno,
        ExpenditureKind kind,
        List<Line> lines,
        BigDecimal total,
        String submittedBy,
        Instant submittedAt) {

    /** One line as kept. */
    public record Line(int year, String category, BigDecimal amount) {}

    public ExpenditureReportView {
        lines = List.copyOf(lines);
    }
}
