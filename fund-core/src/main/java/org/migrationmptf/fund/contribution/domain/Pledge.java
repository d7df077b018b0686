package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A public pledge announced at an event (IMRF 2022, ...). A memo record: never posted. */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "contributor_code", nullable = false)
    private String contributorCode;

    @Column(name = "event_name", nullable = false)
    private String event;

    @Column(name = "pledged_on", nullable = false)
    private LocalDate pledgedOn;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "agreement_id")
    private Long agreementId;

    protected Pledge() {}

    public Long id() {
        return id;
    }

    public String contributorCode() {
        return contributorCode;
    }

    public String event() {
        return event;
    }

    public LocalDate pledgedOn() {
        return pledgedOn;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Long agreementId() {
        return agreementId;
    }
}
