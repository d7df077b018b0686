package org.migrationmptf.fund.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A persisted budget line of direct costs: PUNO, UN budget category, year, USD amount. */
@Embeddable
public class BudgetLineRow {

    @Column(name = "puno_code", nullable = false)
    private String puno;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected BudgetLineRow() {}

    BudgetLineRow(ProgrammeBudget.Line line) {
        this.puno = line.puno();
        this.category = line.category();
        this.year = line.year();
        this.amount = line.amount().amount();
    }

    ProgrammeBudget.Line line() {
        return new ProgrammeBudget.Line(
                puno, category, year, org.migrationmptf.fund.shared.Money.usd(amount.toPlainString()));
    }
}
