package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An account of the fund's chart of accounts. Seeded by migration; read-only for the application. */
@Entity
@Cacheable
@Table(name = "ledger_account")
@NamedQuery(name = "LedgerAccount.inChartOrder", query = "SELECT a FROM LedgerAccount a ORDER BY a.sortOrder")
public class LedgerAccount {

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "name", nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "normal_balance", nullable = false, length = 6)
    private NormalBalance normalBalance;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected LedgerAccount() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AccountKind kind() {
        return kind;
    }

    public NormalBalance normalBalance() {
        return normalBalance;
    }
}
