package org.migrationmptf.fund.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A PUNO of a programme and the indirect-support-cost rate its budget is computed at. */
@Embeddable
public class PunoRate {

    @Column(name = "puno_code", nullable = false)
    private String puno;

    @Column(name = "isc_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal rate;

    protected PunoRate() {}

    PunoRate(String puno, BigDecimal rate) {
        this.puno = puno;
        this.rate = rate;
    }

    String puno() {
        return puno;
    }

    BigDecimal rate() {
        return rate;
    }
}
