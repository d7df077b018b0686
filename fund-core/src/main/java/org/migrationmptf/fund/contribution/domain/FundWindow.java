package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A window of the fund (programmatic, technical support): reference data, editable by migration. */
@Entity
@Cacheable
@Table(name = "fund_window")
public class FundWindow {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected FundWindow() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
