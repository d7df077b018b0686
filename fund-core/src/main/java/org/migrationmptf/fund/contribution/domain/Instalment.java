package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An instalment of an agreement's payment schedule. */
@Embeddable
public class Instalment {

    @Column(name = "line_no")
    private int number;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "amount")
    private BigDecimal amount;

    protected Instalment() {}

    Instalment(int number, LocalDate dueOn, BigDecimal amount) {
        this.number = number;
        this.dueOn = dueOn;
        this.amount = amount;
    }

    public int number() {
        return number;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public BigDecimal amount() {
        return amount;
    }
}
