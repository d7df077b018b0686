package org.migrationmptf.fund.disbursement.api;

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

    /** What each PUNO reported spending in every year up to and including {@code year}, in USD: one statement. */
    java.util.Map<String, java.math.BigDecimal> byPunoThrough(int year);

    Page<ExpenditureReportView> reports(Optional<String> programme, PageRequest page, AuthenticatedUser viewer);
}
