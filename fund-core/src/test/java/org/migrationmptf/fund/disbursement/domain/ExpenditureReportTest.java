package org.migrationmptf.fund.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.disbursement.api.ExpenditureKind;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;

class ExpenditureReportTest {

    private static ExpenditureLine line(int n, Integer year, String category, String amount) {
        return new ExpenditureLine("line " + n, year, category, amount == null ? null : new BigDecimal(amount));
    }

    private static ExpenditureReport report(List<ExpenditureLine> lines) {
        return ExpenditureReport.submit(
                "MMPTF-KEN-2026-01", "IOM", ExpenditureKind.ANNUAL, 2026, 2027, lines, "iom.reporter", Instant.EPOCH);
    }

    @Test
    void aReportKeepsItsLinesAndTotalsThemToTheCent() {
        ExpenditureReport report = report(
                List.of(line(2, 2026, "1", "5000.00"), line(3, 2026, "isc", "350.00"), line(4, 2027, "6", "0.01")));

        assertThat(report.view().total()).isEqualTo(new BigDecimal("5350.01"));
        assertThat(report.years()).containsExactly(2026, 2027);
        assertThat(report.view().lines()).extracting(l -> l.category()).containsExactly("1", "ISC", "6");
    }

    @Test
    void everyBadLineIsNamedAndNothingIsKept() {
        assertThatThrownBy(() -> report(List.of(
                        line(2, 2025, "1", "1.00"),
                        line(3, 2026, "8", "1.00"),
                        line(4, 2026, "1", "-1.00"),
                        ExpenditureLine.unreadable("line 5", "'x' is not an amount"),
                        line(6, 2026, null, "1.00"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("5 problem(s)")
                .satisfies(e -> assertThat(((InvalidInput) e).issues())
                        .extracting(InvalidInput.Issue::field)
                        .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6"));
    }

    @Test
    void indirectSupportCostsAboveSevenPercentOfTheYearsDirectCostsAreRefused() {
        report(List.of(line(2, 2026, "1", "1000.00"), line(3, 2026, "ISC", "70.00")));

        assertThatThrownBy(() -> report(List.of(line(2, 2026, "1", "1000.00"), line(3, 2026, "ISC", "70.01"))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("USD 70.01, above 7 % of the USD 1000.00 direct costs (USD 70.00)");
    }
}
