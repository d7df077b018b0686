package org.migrationmptf.fund.reference.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An objective of the Global Compact for Migration (1 to 23). Reference data: read-only here. */
@Entity
@Cacheable
@Table(name = "gcm_objective")
public class GcmObjective {

    @Id
    @Column(name = "objective_no")
    private int number;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    protected GcmObjective() {}

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }
}
