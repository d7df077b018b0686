package org.migrationmptf.fund.disbursement.api;

import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Submitted expenditure reports, newest first: staff read all, a PUNO reporter its organization's. */
public interface ExpenditureRegister {

    /**
     * What the PUNOs reported spending in every year up to and including {@code year}, in USD, from
     * the maintained expenditure position (the latest report stating each year): one statement.
     */
    java.math.BigDecimal reportedThrough(int year);

    /**
     * The maintained expenditure position per programme, PUNO and year, in that order, a page at a
     * time (two statements a page): for exports that stream every year of every programme.
     */
    Page<YearExpenditure> byYear(PageRequest page);

    /**
     * What was reported spent in every year up to and including {@code year} per PUNO, programme or
     * budget category, in USD, from the maintained expenditure position: one statement. A negative
     * year gives nothing.
     */
    java.util.Map<String, java.math.BigDecimal> through(int year, By by);

    /**
     * The maintained expenditure position per programme, PUNO and budget category, every year
     * together, ordered so, in one statement (the money trail's expenditure steps).
     */
    List<CategoryExpenditure> byCategory();

    /** What {@link #through} groups by (each a column of the maintained position, never user input). */
    enum By {
        PROGRAMME("programme_code"),
        PUNO("puno_code"),
        CATEGORY("category");

        private final String column;

        By(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    Page<ExpenditureReportView> reports(Optional<String> programme, PageRequest page, AuthenticatedUser viewer);
}
