package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorRow;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;

/**
 * The staff's contributors page: every contributor with committed, deposited, fee and arrears in US
 * dollars, filtered by code or name ({@code ?q=}) and sorted in the database, each opening that
 * donor's dashboard.
 */
@Named
@ViewScoped
public class ContributorsPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String query;
    private PagedTable<ContributorRow> table;

    public String getQ() {
        return query;
    }

    public void setQ(String q) {
        this.query = q == null ? null : q.strip();
    }

    public LocalDate getAsOf() {
        return LocalDate.now(clock);
    }

    public PagedTable<ContributorRow> getTable() {
        if (table == null) {
            String filter = query;
            LocalDate asOf = getAsOf();
            table = new PagedTable<>(
                    page -> register.contributorRoll(filter, page, asOf, currentUser.required()),
                    ContributionRegister.CONTRIBUTOR_ROLL_SORTS,
                    "name",
                    false);
        }
        return table;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("contributors")) {
            return Optional.empty();
        }
        LocalDate asOf = getAsOf();
        return Optional.of(Sheet.paged(
                "contributors",
                Texts.text("contributors.title"),
                List.of(
                        Column.text(Texts.text("contributors.code")),
                        Column.text(Texts.text("contributors.name")),
                        Column.integer(Texts.text("contributors.agreements")),
                        Column.amount(Texts.text("contributors.committed")),
                        Column.amount(Texts.text("contributors.deposited")),
                        Column.amount(Texts.text("contributors.fee")),
                        Column.amount(Texts.text("contributors.arrears"))),
                page -> register.contributorRoll(query, page, asOf, currentUser.required()),
                "name",
                false,
                c -> List.of(
                        c.code(),
                        c.name(),
                        c.agreements(),
                        c.committedUsd(),
                        c.depositedUsd(),
                        c.feeUsd(),
                        c.arrearsUsd())));
    }
}
