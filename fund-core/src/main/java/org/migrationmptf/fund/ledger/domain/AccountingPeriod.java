package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.PeriodStatus;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * A month of the ledger. Open until closed, four-eyes (one finance user prepares the close, another
 * approves it); closed for good (re-opening would let a reported figure change). A month with no row
 * is open; the row is written at its first posting or when its close is prepared.
 */
@Entity
@Table(name = "accounting_period")
public class AccountingPeriod {

    @Id
    @Column(name = "period_month")
    private String periodMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PeriodStatus status;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccountingPeriod() {}

    public static AccountingPeriod open(String month) {
        AccountingPeriod period = new AccountingPeriod();
        period.periodMonth = month;
        period.status = PeriodStatus.OPEN;
        return period;
    }

    public boolean isClosed() {
        return status == PeriodStatus.CLOSED;
    }

    public long version() {
        return version;
    }

    public String month() {
        return periodMonth;
    }

    public void requireOpen() {
        if (isClosed()) {
            throw new DomainRuleViolation(
                    "closed-period", "the period " + periodMonth + " is closed: nothing can be posted into it");
        }
    }

    public void close(String by, Instant at) {
        if (isClosed()) {
            throw new DomainRuleViolation("period-already-closed", "the period " + periodMonth + " is already closed");
        }
        status = PeriodStatus.CLOSED;
        closedBy = by;
        closedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public AccountingPeriodView view() {
        return new AccountingPeriodView(
                periodMonth, status, closedBy, closedAt == null ? null : closedAt.toInstant(ZoneOffset.UTC), version);
    }
}
