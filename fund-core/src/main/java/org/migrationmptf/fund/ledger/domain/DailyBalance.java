package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The movements of one account on one day, maintained with every posting. Summing the rows up to a
 * date gives the account's balance at that date without reading a single journal line.
 */
@Entity
@Table(name = "ledger_daily_balance")
@IdClass(DailyBalance.Key.class)
public class DailyBalance {

    @Id
    @Column(name = "account_code")
    private String accountCode;

    @Id
    @Column(name = "balance_date")
    private LocalDate day;

    @Column(name = "debit_total", nullable = false)
    private BigDecimal debitTotal;

    @Column(name = "credit_total", nullable = false)
    private BigDecimal creditTotal;

    protected DailyBalance() {}

    public static DailyBalance empty(String accountCode, LocalDate date) {
        DailyBalance balance = new DailyBalance();
        balance.accountCode = accountCode;
        balance.day = date;
        balance.debitTotal = BigDecimal.ZERO.setScale(2);
        balance.creditTotal = BigDecimal.ZERO.setScale(2);
        return balance;
    }

    public void add(JournalLine line) {
        if (line.isDebit()) {
            debitTotal = debitTotal.add(line.amount());
        } else {
            creditTotal = creditTotal.add(line.amount());
        }
    }

    /** The composite key: account and day. */
    public static class Key implements Serializable {
        private String accountCode;
        private LocalDate day;

        public Key() {}

        public Key(String accountCode, LocalDate day) {
            this.accountCode = accountCode;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountCode, k.accountCode) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountCode, day);
        }
    }
}
