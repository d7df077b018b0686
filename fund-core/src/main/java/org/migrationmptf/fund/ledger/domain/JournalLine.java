package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a journal entry: account, side ('D' or 'C'), a positive USD amount. Immutable. */
@Embeddable
public class JournalLine {

    @Column(name = "line_no", updatable = false)
    private int lineNo;

    @Column(name = "account_code", updatable = false)
    private String accountCode;

    @Column(name = "side", updatable = false)
    private String side;

    @Column(name = "amount", updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "contributor_code", updatable = false)
    private String contributorCode;

    @Column(name = "earmark", updatable = false)
    private String earmark;

    protected JournalLine() {}

    JournalLine(
            int lineNo, String accountCode, boolean debit, BigDecimal amount, String contributorCode, String earmark) {
        this.lineNo = lineNo;
        this.accountCode = accountCode;
        this.side = debit ? "D" : "C";
        this.amount = amount;
        this.contributorCode = contributorCode;
        this.earmark = earmark;
    }

    public int lineNo() {
        return lineNo;
    }

    public String accountCode() {
        return accountCode;
    }

    public boolean isDebit() {
        return "D".equals(side);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String contributorCode() {
        return contributorCode;
    }

    public String earmark() {
        return earmark;
    }
}
