package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row every posting and every period close locks first, so postings are serial: a
 * period cannot close under a posting, and a day's balance row is created once. (A trust fund posts a
 * few entries an hour; reads never take this lock.)
 */
@Entity
@Table(name = "ledger_head")
public class LedgerHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "entries", nullable = false)
    private long entries;

    protected LedgerHead() {}

    public void counted() {
        entries++;
    }
}
