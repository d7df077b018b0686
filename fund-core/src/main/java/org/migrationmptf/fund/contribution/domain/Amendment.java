package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A signed amendment raising (positive) or lowering (negative) an agreement's commitment. */
@Embeddable
public class Amendment {

    @Column(name = "line_no")
    private int number;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "amount_change")
    private BigDecimal change;

    @Column(name = "reason")
    private String reason;

    @Column(name = "registered_by")
    private String registeredBy;

    protected Amendment() {}

    Amendment(int number, LocalDate signedOn, BigDecimal change, String reason, String registeredBy) {
        this.number = number;
        this.signedOn = signedOn;
        this.change = change;
        this.reason = reason;
        this.registeredBy = registeredBy;
    }

    public int number() {
        return number;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public BigDecimal change() {
        return change;
    }

    public String reason() {
        return reason;
    }
}
